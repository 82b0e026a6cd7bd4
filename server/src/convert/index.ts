import { convertPdf } from './pdf';
import { msg } from './messages';
import type { ConvertOptions, ConvertResult, SourcePoint } from './types';

export type { ConvertOptions, ConvertResult, SourceMap, SourcePoint, ConvertProblem } from './types';
export { sourceAt, formatSource, PAGE_MARKER_RE } from './emit';

/** File extensions the converters read (besides the text formats the parser reads directly). */
export const CONVERTED_EXTENSIONS = new Set(['.pdf', '.docx', '.xlsx']);

export function isConverted(name: string): boolean {
  const m = /\.[^./\\]+$/.exec(name);
  return !!m && CONVERTED_EXTENSIONS.has(m[0].toLowerCase());
}

/** Bytes of a PDF, DOCX or XLSX file → canonical text, source map and problems. Never throws. */
export async function convertBytes(bytes: Uint8Array, name: string, opts: ConvertOptions = {}, fileIndex?: number): Promise<ConvertResult> {
  const ext = (/\.[^./\\]+$/.exec(name)?.[0] ?? '').toLowerCase();
  try {
    if (ext === '.pdf') return await convertPdf(bytes, opts, fileIndex);
    if (ext === '.docx') return await (await import('./docx')).convertDocx(bytes, opts, fileIndex);
    if (ext === '.xlsx') return await (await import('./xlsx')).convertXlsx(bytes, opts, fileIndex);
  } catch (err) {
    return fatal(ext === '.pdf' ? 'pdf' : ext === '.docx' ? 'docx' : 'xlsx', 'corrupt');
  }
  return fatal('text', 'unsupported', { ext: ext || name });
}

function fatal(format: ConvertResult['format'], code: Parameters<typeof msg>[0], args: Record<string, string | number> = {}): ConvertResult {
  return { format, text: '', sourceMap: { offsets: [], points: [] }, problems: [{ code, message: msg(code, args), fatal: true }] };
}

/** Several converted files checked as one document (a narrative PDF and a tables PDF): texts joined in order. */
export function joinResults(results: readonly ConvertResult[]): ConvertResult {
  const offsets: number[] = [];
  const points: SourcePoint[] = [];
  let text = '';
  results.forEach((r, file) => {
    if (text && !text.endsWith('\n\n')) text += text.endsWith('\n') ? '\n' : '\n\n';
    const base = text.length;
    r.sourceMap.offsets.forEach((o, i) => {
      offsets.push(base + o);
      const p = r.sourceMap.points[i];
      points.push(p.file === undefined ? { ...p, file } : p);
    });
    text += r.text;
  });
  return {
    format: results[0]?.format ?? 'pdf',
    text,
    sourceMap: { offsets, points },
    problems: results.flatMap((r) => r.problems),
    pages: results.reduce((s, r) => s + (r.pages ?? 0), 0),
  };
}

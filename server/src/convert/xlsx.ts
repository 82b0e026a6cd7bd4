import { Decimal } from 'decimal.js';
import { TextBuilder, type GridCell } from './emit';
import { gridFromRows } from './html';
import { msg } from './messages';
import { DEFAULT_LIMITS, type ConvertOptions, type ConvertProblem, type ConvertResult, type SourcePoint } from './types';

/**
 * An Excel workbook (.xlsx) → one table per sheet, each cell knowing its sheet!cell. Read with JSZip and the
 * workbook's XML directly: values as the file saved them (cached results of formulas), merged ranges as spans.
 * A formula saved with no result is reported (the cell is read as empty), never computed here.
 */
const MAX_CELLS = 2_000_000;

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number.parseInt(d, 10)))
    .replace(/&amp;/g, '&');
}

/** The text of <t> elements (rich text runs joined). */
function tText(xml: string): string {
  let s = '';
  for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) s += decodeXml(m[1]);
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A saved number as printed: binary floating noise (1672.6700000000001) trimmed to 15 significant digits. */
function numberText(v: string): string {
  try {
    const d = new Decimal(v);
    return d.toSignificantDigits(15).toFixed();
  } catch {
    return v;
  }
}

export async function convertXlsx(bytes: Uint8Array, opts: ConvertOptions = {}, fileIndex?: number): Promise<ConvertResult> {
  const fail = (code: 'notXlsx' | 'tooLarge' | 'empty', args: Record<string, string | number> = {}): ConvertResult => ({
    format: 'xlsx',
    text: '',
    sourceMap: { offsets: [], points: [] },
    problems: [{ code, message: msg(code, args), fatal: true }],
  });
  const maxBytes = opts.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  if (bytes.length > maxBytes) return fail('tooLarge', { mb: Math.round(bytes.length / 1048576), max: Math.round(maxBytes / 1048576) });
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return fail('notXlsx');
  const JSZip = (await import('jszip')).default;
  let zip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return fail('notXlsx');
  }
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  if (!workbook) return fail('notXlsx');
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const t = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && t) target.set(id, t.startsWith('/') ? t.slice(1) : `xl/${t}`);
  }
  const shared: string[] = [];
  const sst = await zip.file('xl/sharedStrings.xml')?.async('string');
  if (sst) for (const m of sst.matchAll(/<si>([\s\S]*?)<\/si>/g)) shared.push(tText(m[1]));

  const out = new TextBuilder();
  const problems: ConvertProblem[] = [];
  let cells = 0;
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = decodeXml(/name="([^"]*)"/.exec(m[0])?.[1] ?? '');
    const rid = /r:id="([^"]+)"/.exec(m[0])?.[1] ?? '';
    const path = target.get(rid);
    const xml = path ? await zip.file(path)?.async('string') : undefined;
    if (!xml) continue;
    const at = (r: number, c: number): SourcePoint => {
      const p: SourcePoint = { sheet: name, cell: `${colName(c)}${r + 1}` };
      if (fileIndex !== undefined) p.file = fileIndex;
      return p;
    };
    const grid: GridCell[][] = [];
    let noCache = 0;
    let firstNoCache = '';
    for (const row of xml.matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
      const r = Number.parseInt(/\br="(\d+)"/.exec(row[1])?.[1] ?? String(grid.length + 1), 10) - 1;
      for (const c of row[2].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        if (++cells > MAX_CELLS) break;
        const ref = /\br="([A-Z]+)(\d+)"/.exec(c[1]);
        if (!ref) continue;
        const col = colIndex(ref[1]);
        const type = /\bt="(\w+)"/.exec(c[1])?.[1] ?? 'n';
        const body = c[2] ?? '';
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        let text = '';
        if (type === 's' && v !== undefined) text = shared[Number.parseInt(v, 10)] ?? '';
        else if (type === 'inlineStr') text = tText(body);
        else if (type === 'str' || type === 'e') text = v !== undefined ? decodeXml(v) : '';
        else if (type === 'b') text = v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : '';
        else if (v !== undefined) text = numberText(v);
        if (v === undefined && /<f\b/.test(body) && type !== 'inlineStr') {
          noCache++;
          firstNoCache ||= `${name}!${ref[1]}${ref[2]}`;
        }
        const rr = Number.parseInt(ref[2], 10) - 1;
        grid[rr] ??= [];
        grid[rr][col] = { text: text.trim(), at: at(rr, col) };
      }
      void r;
    }
    if (noCache) problems.push({ code: 'noCachedValues', message: msg('noCachedValues', { sheet: name, count: noCache, cell: firstNoCache }), fatal: false });
    // Merged ranges: the text stays in the first cell, the others are empty (as a spanning cell is written).
    const rows = grid.filter((r) => r && r.some((c) => c?.text)).map((r) => Array.from({ length: r.length }, (_, k) => r[k] ?? { text: '' }));
    if (!rows.length) continue;
    const width = Math.max(...rows.map((r) => r.length));
    const full = rows.map((r) => (r.length < width ? [...r, ...Array.from({ length: width - r.length }, () => ({ text: '' }))] : r));
    // Columns empty in every row (a spacer column) are dropped.
    const used = Array.from({ length: width }, (_, k) => full.some((r) => r[k].text !== ''));
    const trimmed = full.map((r) => r.filter((_, k) => used[k]));
    out.grid(gridFromRows(trimmed, name));
  }
  const { text, sourceMap } = out.result();
  if (!text.trim()) return { ...fail('empty'), problems: [...problems, ...fail('empty').problems] };
  return { format: 'xlsx', text, sourceMap, problems };
}

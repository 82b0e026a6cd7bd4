import { htmlToText } from './html';
import { msg } from './messages';
import { DEFAULT_LIMITS, type ConvertOptions, type ConvertResult } from './types';

/** A Word document (.docx) → HTML with mammoth (tables keep colspan/rowspan) → canonical text. Never throws. */
export async function convertDocx(bytes: Uint8Array, opts: ConvertOptions = {}, fileIndex?: number): Promise<ConvertResult> {
  const fail = (code: 'notDocx' | 'tooLarge' | 'empty', args: Record<string, string | number> = {}): ConvertResult => ({
    format: 'docx',
    text: '',
    sourceMap: { offsets: [], points: [] },
    problems: [{ code, message: msg(code, args), fatal: true }],
  });
  const maxBytes = opts.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  if (bytes.length > maxBytes) return fail('tooLarge', { mb: Math.round(bytes.length / 1048576), max: Math.round(maxBytes / 1048576) });
  // A DOCX is a ZIP ("PK") holding word/document.xml; anything else (a renamed .doc, a ZIP of other files) is not one.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return fail('notDocx');
  const JSZip = (await import('jszip')).default;
  let zip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return fail('notDocx');
  }
  if (!zip.file('word/document.xml')) return fail('notDocx');
  const mammoth = await import('mammoth');
  let html: string;
  try {
    const r = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    html = r.value;
  } catch {
    return fail('notDocx');
  }
  const { text, sourceMap } = htmlToText(html, fileIndex);
  if (!text.trim()) return fail('empty');
  return { format: 'docx', text, sourceMap, problems: [] };
}

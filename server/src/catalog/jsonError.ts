/**
 * Where a JSON text failed to parse, as " (line L, column C)" / "（第 L 行第 C 列）", or nothing when the parser does
 * not say. JSON.parse's own message quotes the text around the error ("Unexpected token 'r', "root:x:0:0"... is not
 * valid JSON"), which would echo a file's content into a message: only the place is taken from it.
 */
export function jsonErrorPlace(text: string, err: unknown): { 'zh-CN': string; en: string } {
  const m = err instanceof Error ? /\bposition (\d+)/.exec(err.message) : null;
  const lc = err instanceof Error ? /\bline (\d+) column (\d+)/.exec(err.message) : null;
  let line: number | undefined;
  let col: number | undefined;
  if (lc) {
    line = Number.parseInt(lc[1], 10);
    col = Number.parseInt(lc[2], 10);
  } else if (m) {
    const at = Math.min(Number.parseInt(m[1], 10), text.length);
    const before = text.slice(0, at);
    line = before.split('\n').length;
    col = at - before.lastIndexOf('\n');
  } else if (err instanceof Error && /Unexpected end of JSON input/.test(err.message)) {
    return { 'zh-CN': '（内容不完整）', en: ' (the text ends too early)' };
  }
  if (line === undefined || col === undefined) return { 'zh-CN': '', en: '' };
  return { 'zh-CN': `（第 ${line} 行第 ${col} 列）`, en: ` (line ${line}, column ${col})` };
}

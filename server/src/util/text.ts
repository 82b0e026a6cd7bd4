/**
 * Character-level normalisation that keeps every offset: each replacement is one UTF-16 unit for one,
 * so a span found in the normalised string points at the same characters in the original text.
 */
const FULL_WIDTH_MAP: Record<string, string> = {
  '０': '0', '１': '1', '２': '2', '３': '3', '４': '4', '５': '5', '６': '6', '７': '7', '８': '8', '９': '9',
  '．': '.', '－': '-', '＋': '+', '％': '%', '\u00a0': ' ', '\u3000': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2009': ' ', '\u200b': ' ', '\ufeff': ' ', '﹪': '%', '＜': '<', '＞': '>', '＝': '=',
};
const NEEDS_MAP = /[０-９．－＋％\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff﹪＜＞＝]/;

/** The characters NEEDS_MAP matches, as code-unit tests: cheaper than a regular expression on hot paths. */
function isMapped(c: number): boolean {
  return (
    c === 0xa0 || c === 0x3000 || (c >= 0x2002 && c <= 0x200b) || c === 0xfeff || c === 0xfe6a || (c >= 0xff05 && c <= 0xff1e)
  );
}

/** Whether any character of `s` would be changed by `normalizeChars` (checked once per document). */
export function needsNormalize(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isMapped(s.charCodeAt(i))) return NEEDS_MAP.test(s);
  return false;
}

/** Full-width digits and odd spaces to ASCII, one unit for one. */
export function normalizeChars(s: string): string {
  if (!needsNormalize(s)) return s;
  let out = '';
  for (const ch of s) {
    const m = FULL_WIDTH_MAP[ch];
    out += m ?? ch;
  }
  return out.length === s.length ? out : s;
}

/** Removes all white space, for comparing labels that PDF or Word exports letter-space ("项  目", "资 金 性 质"). */
export function compact(s: string): string {
  return s.replace(/[\s\u00a0\u3000\ufeff]+/g, '');
}

/** Markup that users paste around cell values and headings: HTML tags, markdown emphasis, bookmarks. */
const MARKUP = /<\/?[a-zA-Z][^<>]{0,200}>|\*\*|__|\[bookmark:[^\]]{0,200}\]|\$\\?(?:geq|leq)?|\\%|\$/g;

export function stripMarkup(s: string): string {
  return s.replace(MARKUP, (m) => {
    if (m === '$\\geq') return '≥';
    if (m === '$\\leq') return '≤';
    if (m === '\\%') return '%';
    return '';
  });
}

/** Label key: markup, spaces and trailing colons removed, parentheses unified; used to match row labels. */
export function labelKey(s: string): string {
  return compact(stripMarkup(normalizeChars(s)))
    .replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))
    .replace(/[：:]+$/, '')
    .replace(/^其中[：:]/, '');
}

/** True when a character is white space for our purposes (including NBSP, ideographic space and BOM). */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b);
}

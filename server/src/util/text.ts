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

const NEEDS_MAP_ALL = new RegExp(NEEDS_MAP.source, 'g');
const mapChar = (ch: string): string => FULL_WIDTH_MAP[ch] ?? ch;

/** Full-width digits and odd spaces to ASCII, one unit for one. */
export function normalizeChars(s: string): string {
  if (!needsNormalize(s)) return s;
  // Every character the expression matches is one UTF-16 unit and maps to one unit: offsets are kept.
  return s.replace(NEEDS_MAP_ALL, mapChar);
}

/** Removes all white space, for comparing labels that PDF or Word exports letter-space ("项  目", "资 金 性 质"). */
export function compact(s: string): string {
  return hasWhiteSpace(s) ? s.replace(/[\s\u00a0\u3000\ufeff]+/g, '') : s;
}

/** Whether `c` is a character that `\s` (or compact's class) matches. */
function isWhiteSpaceCode(c: number): boolean {
  return c <= 32 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `s` holds a character that `\s` matches: a cheap test before a regular expression. */
export function hasWhiteSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isWhiteSpaceCode(s.charCodeAt(i))) return true;
  return false;
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

/** True when `labelKey` would return `s` unchanged: no space, markup, parenthesis, colon or full-width digit. */
function isPlainLabel(s: string): boolean {
  if (s.charCodeAt(0) === 0x5176 /* 其 */) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x7f) {
      if (c <= 32 || c === 40 || c === 41 || c === 58 || c === 60 || c === 42 || c === 95 || c === 91 || c === 36 || c === 92) return false;
    } else if (c === 0xff1a || isMapped(c) || isWhiteSpaceCode(c)) return false;
  }
  return true;
}

/** Label key: markup, spaces and trailing colons removed, parentheses unified; used to match row labels. */
export function labelKey(s: string): string {
  if (isPlainLabel(s)) return s;
  return compact(stripMarkup(normalizeChars(s)))
    .replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))
    .replace(/[：:]+$/, '')
    .replace(/^其中[：:]/, '');
}

/** True when a character is white space for our purposes (including NBSP, ideographic space and BOM). */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b);
}

/**
 * Test helper: extracts classification codes printed in table rows of a disclosure text
 * (seeds use one cell per line; the corpus also has space-aligned layouts, `|`/tab separated
 * cells, codes split over columns `201 | 03 | 01`, and `2219899其他…` with no separator).
 * A code counts only when the next cell is a name (CJK text, not a sentence), so amounts and
 * narrative numbers are not mistaken for codes.
 */
export interface PrintedCode {
  code: string;
  name: string;
  line: number;
}

const CJK = /[\u4e00-\u9fa5]/;
const isCodeToken = (t: string) => /^(2\d{2}|3\d{2}|5\d{2})(\d{2}){0,2}$/.test(t);
const isName = (t: string) => CJK.test(t) && !/[，。：；]|万元/.test(t);
/** 类 names end so; a bare 3-digit number followed by other text is an amount, not a 类 code */
const isClassName = (t: string) => /(支出|补助|预备费)(（[^）]*）|\([^)]*\))?$/.test(t);

export function extractPrintedCodes(text: string): PrintedCode[] {
  const toks: { t: string; line: number }[] = [];
  text.split(/\r?\n/).forEach((lineText, lineNo) => {
    for (const cell of lineText.split(/\t|\||\s{2,}/)) {
      const c = cell.trim();
      if (!c) continue;
      const pieces = /^\d/.test(c) ? c.split(/\s+/) : [c];
      for (const p of pieces) {
        const m = /^(\d{2,7})([\u4e00-\u9fa5（(].*)$/.exec(p);
        if (m) toks.push({ t: m[1]!, line: lineNo + 1 }, { t: m[2]!, line: lineNo + 1 });
        else toks.push({ t: p, line: lineNo + 1 });
      }
    }
  });
  const out: PrintedCode[] = [];
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i]!;
    if (!isCodeToken(first.t)) continue;
    let code = first.t;
    let j = i + 1;
    if (code.length === 3) {
      while (code.length < 7 && /^\d{2}$/.test(toks[j]?.t ?? '')) code += toks[j++]!.t;
    }
    const name = toks[j]?.t ?? '';
    if (!isCodeToken(code) || !isName(name)) continue;
    if (code.length === 3 && !isClassName(name)) continue;
    out.push({ code, name, line: first.line });
    i = j;
  }
  return out;
}

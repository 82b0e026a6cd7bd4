import type { Block, HeadingBlock } from '../syntax/types';
import { normalizeChars } from '../util/text';
import type { Span } from '../util/span';
import { makeFigure, moneyUnit } from './figures';
import type { Located, NarrativeAmount, NarrativePercent, NarrativeTopic, Section, Sentence } from './types';

const TOPICS: Array<[RegExp, NarrativeTopic]> = [
  [/目\s*录/, 'TOC'],
  [/三公/, 'N4'],
  [/机关运行经费|机关运行费/, 'N3'],
  [/收入说明|收入预算(安排)?情况/, 'N2.income'],
  [/支出说明|支出预算(安排)?情况/, 'N2.expense'],
  [/比上年增减|对比上年|上年增减|增减(变化)?情况/, 'N2.change'],
  [/总体情况|收支(预算)?总体/, 'N2'],
  [/专项资金/, 'N5.special'],
  [/项目.{0,8}绩效|绩效目标表/, 'N5.projects'],
  [/整体绩效/, 'N5.whole'],
  [/绩效/, 'N5'],
  [/政府采购/, 'N6'],
  [/国有资产|资产信息|资产占用/, 'N7'],
  [/名词解释/, 'N8'],
  [/其他需要说明|其他说明/, 'N9'],
  [/职责|职能|机构设置/, 'N1'],
];

export function topicOf(title: string): NarrativeTopic | undefined {
  for (const [re, t] of TOPICS) if (re.test(title)) return t;
  return undefined;
}

interface MutableSection {
  title: string;
  numbering: string;
  level: number;
  line: number;
  span: Span;
  titleSpan: Span;
  topic?: NarrativeTopic;
  end: number;
  children: MutableSection[];
}

/** Builds the section tree from headings; `end` of each section is where the next heading of its level or above starts. */
export function buildSections(headings: HeadingBlock[], textLength: number): Section[] {
  const roots: MutableSection[] = [];
  const stack: MutableSection[] = [];
  for (const h of headings) {
    const s: MutableSection = {
      title: h.title,
      numbering: h.numbering,
      level: h.level,
      line: h.line,
      span: h.span,
      titleSpan: h.titleSpan,
      end: textLength,
      children: [],
    };
    const t = topicOf(h.title);
    if (t) s.topic = t;
    while (stack.length && stack[stack.length - 1].level >= s.level) {
      stack.pop()!.end = h.span.start;
    }
    if (stack.length) stack[stack.length - 1].children.push(s);
    else roots.push(s);
    stack.push(s);
  }
  return roots;
}

/** The innermost section holding `offset`, with its ancestors (outermost first). */
export function sectionPath(sections: readonly Section[], offset: number): Section[] {
  const path: Section[] = [];
  let level: readonly Section[] = sections;
  for (;;) {
    // Sections are sorted and disjoint at each level: binary search for the last one starting at or before offset.
    let lo = 0;
    let hi = level.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (level[mid].span.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const s = found >= 0 ? level[found] : undefined;
    if (!s || offset >= s.end) return path;
    path.push(s);
    level = s.children;
  }
}

// "9.3万；" is 9.3 万元 (seed 002); "20万字" is not money, so a bare 万 counts only before punctuation or the end.
const AMOUNT_RE = /([+-]?\d[\d,]*(?:\.\d+)?)(\s*)(亿元|万元|元|万(?=[；;，,。、）)\s]|$))(?![\/／]\s*[\u4e00-\u9fa5])/g;
const PERCENT_RE = /(\d+(?:\.\d+)?)\s*(%|％|个百分点)/g;
const YEAR_RE = /(\d{4})\s*年/g;
const DIRECTION_RE = /(增加|增长|上升|提高|减少|下降|降低|持平|无增减)/g;
const LABEL_STOP = /[，。；：、,;:\s]|^\d/;
const LABEL_TRIM_START = /^(?:其中|包括|主要(?:用于|为|是)?|分别为|共计|合计|用于|安排|另外|及|和|与|以及|\d{4}\s*年度?[，,]?|本年度?|全年|预算|年度|年)+/;
const LABEL_TRIM_END = /(?:为|是|共计|合计|总计|约|达|共|安排|预算安排|预算数|预算|经费安排|支出安排|收支安排)+$/;

/** The phrase an amount belongs to: the words between the previous delimiter and the number. */
function labelBefore(text: string, at: number, floor: number): { label: string; start: number } {
  // "收入 2075.36 万元": the space before a figure does not end its label.
  let end = at;
  while (end > floor && /\s/.test(text[end - 1])) end--;
  let k = end;
  while (k > floor && !LABEL_STOP.test(text[k - 1])) k--;
  // "2023年预算收入": a year before 年 belongs to the label's lead, which is trimmed below.
  while (k > floor && /\d/.test(text[k - 1]) && /^\s*年/.test(text.slice(k, k + 3))) {
    while (k > floor && /\d/.test(text[k - 1])) k--;
    while (k > floor && !LABEL_STOP.test(text[k - 1])) k--;
  }
  const raw = text.slice(k, end);
  const trimmedStart = raw.replace(LABEL_TRIM_START, '');
  const label = trimmedStart.replace(LABEL_TRIM_END, '').trim();
  return { label, start: end - raw.length + (raw.length - trimmedStart.length) };
}

/** A paragraph line that ends where a sentence cannot (a PDF converter wrapped it): no closing punctuation. */
const OPEN_END = /[^。！？!?；;：:）)”"]$/;
/** A line that starts something new: numbering, a note, a bullet. */
const NEW_START = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+|注\s*[：:]|[•·●◆■□-])/;

/**
 * Paragraph lines that are one paragraph wrapped by a PDF converter: each line but the last is long, ends without
 * closing punctuation, and the next one follows directly and starts nothing new.
 */
function joinsNext(a: Block, b: Block | undefined, skip: ReadonlySet<Block>): boolean {
  if (!b || a.kind !== 'paragraph' || b.kind !== 'paragraph' || skip.has(b) || b.line !== a.line + 1) return false;
  return a.text.length >= 16 && OPEN_END.test(a.text) && !NEW_START.test(b.text);
}

/** Splits paragraphs into sentences (at 。！？) and reads each one's amounts, percentages, years and direction words. */
export function buildSentences(
  blocks: Block[],
  sourceText: string,
  sections: readonly Section[],
  skip: ReadonlySet<Block>,
  lineAt: (offset: number) => number = () => 0,
): Sentence[] {
  const out: Sentence[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind !== 'paragraph' && b.kind !== 'note') continue;
    if (skip.has(b)) continue;
    // A paragraph wrapped over several lines is read as one: its sentences may cross the line breaks.
    let last: Block = b;
    // (At most a few thousand characters: a run of unpunctuated lines that long is no paragraph.)
    while (k + 1 < blocks.length && blocks[k + 1].span.end - b.span.start < 4000 && joinsNext(last, blocks[k + 1], skip)) last = blocks[++k];
    const text = normalizeChars(sourceText.slice(b.span.start, last.span.end));
    if (text.length > 20_000) continue;
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      const ch = text.charCodeAt(i); // NaN past the end
      if (i === text.length || ch === 0x3002 /* 。 */ || ch === 0xff01 /* ！ */ || ch === 0xff1f /* ？ */) {
        const end = i === text.length ? i : i + 1;
        const raw = text.slice(from, end);
        if (raw.trim()) out.push(sentence(raw, b.span.start + from, last === b ? () => b.line : lineAt, sections));
        from = end;
      }
    }
  }
  return out;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * The text figures are read from: a sentence wrapped over lines without its line breaks and the next line's
 * indentation ("2336.91 万\n   元" reads "2336.91 万元"), with where each character stands in the source.
 */
interface Unwrapped {
  readonly text: string;
  /** Source offset of the character at `i` of `text`. */
  at(i: number): number;
}

function unwrap(raw: string, base: number): Unwrapped {
  if (!raw.includes('\n') && !raw.includes('\r')) return { text: raw, at: (i) => base + i };
  let text = '';
  const pos: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\n' || c === '\r') {
      // Drop the break, the spaces before it and the next line's indentation.
      while (text.length > 0 && (text.endsWith(' ') || text.endsWith('\t'))) {
        text = text.slice(0, -1);
        pos.pop();
      }
      while (i + 1 < raw.length && /[ \t\u3000\r\n]/.test(raw[i + 1])) i++;
      continue;
    }
    text += c;
    pos.push(base + i);
  }
  return { text, at: (i) => (i < pos.length ? pos[i] : (pos[pos.length - 1] ?? base - 1) + 1) };
}

function sentence(raw: string, base: number, lineOf: (offset: number) => number, sections: readonly Section[]): Sentence {
  const amounts: NarrativeAmount[] = [];
  const percents: NarrativePercent[] = [];
  const years: Located<number>[] = [];
  const u = unwrap(raw, base);
  const text = u.text;
  const line = lineOf(base + (raw.length - raw.trimStart().length));
  // Amounts, percentages and years all start with a digit: most sentences of prose have none.
  if (hasDigit(text)) readFigures(u, lineOf, amounts, percents, years);
  const directions: Sentence['directions'] = [];
  DIRECTION_RE.lastIndex = 0;
  for (let m = DIRECTION_RE.exec(text); m; m = DIRECTION_RE.exec(text)) {
    const w = m[1];
    const value = /增加|增长|上升|提高/.test(w) ? '增加' : /减少|下降|降低/.test(w) ? '减少' : '持平';
    const span = spanOf(u, m.index, m.index + w.length);
    directions.push({ value, span, line: lineOf(span.start) });
  }
  const path = sectionPath(sections, base);
  let topic: NarrativeTopic | undefined;
  for (let k = path.length - 1; k >= 0 && !topic; k--) topic = path[k].topic;
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  return {
    text: trimmed,
    span: { start: base + lead, end: base + lead + trimmed.length },
    line,
    ...(topic ? { topic } : {}),
    amounts,
    percents,
    years,
    directions,
  };
}

/** The source span of `[s, e)` of the unwrapped text. */
function spanOf(u: Unwrapped, s: number, e: number): Span {
  return { start: u.at(s), end: e > s ? u.at(e - 1) + 1 : u.at(s) };
}

function readFigures(
  u: Unwrapped,
  lineOf: (offset: number) => number,
  amounts: NarrativeAmount[],
  percents: NarrativePercent[],
  years: Located<number>[],
): void {
  const text = u.text;
  let floor = 0;
  AMOUNT_RE.lastIndex = 0;
  for (let m = AMOUNT_RE.exec(text); m; m = AMOUNT_RE.exec(text)) {
    const unit = moneyUnit(m[3] === '万' ? '万元' : m[3]);
    const numStart = m.index;
    const numEnd = numStart + m[1].length;
    const figure = makeFigure(m[1], spanOf(u, numStart, numEnd));
    if (!figure || !unit) continue;
    const unitStart = numEnd + m[2].length;
    const { label, start } = labelBefore(text, numStart, floor);
    const span = spanOf(u, numStart, unitStart + m[3].length);
    amounts.push({
      figure,
      unit,
      span,
      unitSpan: spanOf(u, unitStart, unitStart + m[3].length),
      label,
      ...(label ? { labelSpan: spanOf(u, start, start + label.length) } : {}),
      line: lineOf(span.start),
    });
    floor = unitStart + m[3].length;
  }
  PERCENT_RE.lastIndex = 0;
  for (let m = PERCENT_RE.exec(text); m; m = PERCENT_RE.exec(text)) {
    const figure = makeFigure(m[1], spanOf(u, m.index, m.index + m[1].length));
    const span = spanOf(u, m.index, m.index + m[0].length);
    if (figure) percents.push({ figure, span, line: lineOf(span.start) });
  }
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    const y = Number.parseInt(m[1], 10);
    // "2075.36万元" has no 年; "1720年" is not a budget year.
    if (y >= 1990 && y <= 2100 && text[m.index - 1] !== '.' && !/\d/.test(text[m.index - 1] ?? '')) {
      const span = spanOf(u, m.index, m.index + 4);
      years.push({ value: y, span, line: lineOf(span.start) });
    }
  }
}

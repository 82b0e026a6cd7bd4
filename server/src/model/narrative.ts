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
const OPEN_END = /[^。！？!?]$/;
/** A line that starts something new: numbering, a note, a bullet. */
const NEW_START = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+|注\s*[：:]|[•·●◆■□-](?!\s*\d+\s*-))/;
/** A page number on its own line: "25", "- 3 -", "—12—", "第 3 页", "第3页 共10页", "3 / 10". */
const PAGE_NUMBER = /^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4})\s*$/;

function blockText(b: Block, source: string): string {
  return b.kind === 'paragraph' || b.kind === 'note' ? b.text : source.slice(b.span.start, b.span.end);
}

/**
 * Paragraph lines that are one paragraph wrapped by a PDF converter: each line but the last is long, ends without
 * closing punctuation, and the next one follows directly and starts nothing new.
 */
function joinsNext(a: Block, b: Block | undefined, skip: ReadonlySet<Block>, lineGap = 1): boolean {
  if (!b || a.kind !== 'paragraph' || b.kind !== 'paragraph' || skip.has(b) || b.line !== a.line + lineGap) return false;
  return a.text.trimEnd().length >= 16 && OPEN_END.test(a.text.trimEnd()) && !NEW_START.test(b.text.trimStart());
}

/**
 * Lines that interrupt a paragraph at a page break: page numbers, and running heads (a short line printed on many
 * pages, "上海市普陀区司法局2026年部门预算"). Keyed by block.
 */
function pageFurniture(blocks: readonly Block[], source: string): Set<Block> {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'heading') continue;
    const t = blockText(b, source).replace(/\s+/g, '');
    if (t.length >= 4 && t.length <= 40 && !/[。；，]/.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const out = new Set<Block>();
  for (const b of blocks) {
    if (b.kind === 'table' || b.kind === 'toc') continue;
    const t = blockText(b, source);
    if (PAGE_NUMBER.test(t) || (counts.get(t.replace(/\s+/g, '')) ?? 0) >= 3) out.add(b);
  }
  return out;
}

/**
 * The block that continues `a` across a page break (page number, running head, blank lines), with the blocks
 * skipped to reach it; undefined when `a` is not continued so.
 */
function continuesOverPage(blocks: readonly Block[], k: number, furniture: ReadonlySet<Block>, skip: ReadonlySet<Block>): { to: number; skipped: Block[] } | undefined {
  const a = blocks[k];
  const skipped: Block[] = [];
  let j = k + 1;
  while (j < blocks.length && furniture.has(blocks[j]) && skipped.length < 4) skipped.push(blocks[j++]);
  if (!skipped.length || j >= blocks.length) return undefined;
  const b = blocks[j];
  if (b.line - a.line > 10) return undefined;
  return joinsNext(a, b, skip, b.line - a.line) ? { to: j, skipped } : undefined;
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
  // Page numbers and running heads are no sentences, and a paragraph continues over them.
  const furniture = pageFurniture(blocks, sourceText);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind !== 'paragraph' && b.kind !== 'note') continue;
    if (skip.has(b) || furniture.has(b)) continue;
    // A paragraph wrapped over several lines is read as one: its sentences may cross the line breaks, and a page
    // break with its page number and running head.
    let last: Block = b;
    const blanked: Block[] = [];
    // (At most a few thousand characters: a run of unpunctuated lines that long is no paragraph.)
    for (;;) {
      if (k + 1 >= blocks.length || blocks[k + 1].span.end - b.span.start >= 4000) break;
      if (joinsNext(last, blocks[k + 1], skip)) {
        last = blocks[++k];
        continue;
      }
      const over = continuesOverPage(blocks, k, furniture, skip);
      if (!over || blocks[over.to].span.end - b.span.start >= 4000) break;
      blanked.push(...over.skipped);
      k = over.to;
      last = blocks[k];
    }
    let text = normalizeChars(sourceText.slice(b.span.start, last.span.end));
    // Page numbers and running heads inside the paragraph become spaces (offsets kept), which unwrapping drops.
    for (const x of blanked) {
      const s0 = x.span.start - b.span.start;
      const e0 = x.span.end - b.span.start;
      text = text.slice(0, s0) + text.slice(s0, e0).replace(/[^\r\n]/g, ' ') + text.slice(e0);
    }
    if (text.length > 20_000) continue;
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      const ch = text.charCodeAt(i); // NaN past the end
      if (i === text.length || ch === 0x3002 /* 。 */ || ch === 0xff01 /* ！ */ || ch === 0xff1f /* ？ */) {
        const end = i === text.length ? i : i + 1;
        const raw = text.slice(from, end);
        if (raw.trim()) out.push(sentence(raw, b.span.start + from, last === b ? () => b.line : lineAt, sections, { text, from }));
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
 * The text figures are read from: a sentence as a PDF converter may have delivered it, read as it was written.
 * Line breaks and the next line's indentation go ("2336.91 万\n   元" reads "2336.91万元"); a letter-spaced line
 * loses its single spaces ("2 1 , 9 5 5 . 3 5 万 元" reads "21,955.35万元"); spaces between two Chinese
 * characters and inside a number ("21, 955.35", "1 234.56") go. Each kept character remembers where it stands in
 * the source.
 */
export interface Unwrapped {
  readonly text: string;
  /** Source offset of the character at `i` of `text`. */
  at(i: number): number;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/;

/** A line set with a space between its characters: most of its words are one character long. */
function letterSpaced(line: string): boolean {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length < 5) return false;
  let single = 0;
  for (const t of tokens) if (t.length === 1) single++;
  return single >= tokens.length * 0.7;
}

/** Whether the white space between `l` (the character before) and `r` (after) is inside a number. */
function inNumber(text: string, l: string, r: string, rest: string): boolean {
  if (/\d/.test(l) && /[.,]/.test(r)) return /^[.,]\d/.test(rest);
  if (/[.,]/.test(l) && /\d/.test(r)) return /\d[.,]$/.test(text.slice(-2));
  // "1 234.56": a group of three digits after 1–3 digits, as thin-space thousands separators print.
  if (/\d/.test(l) && /\d/.test(r)) return /(?:^|[^\d.,])\d{1,3}$/.test(text) && /^\d{3}(?:[.,]\d|[^\d])/.test(rest);
  return false;
}

export function unwrap(raw: string, base: number, context?: { text: string; from: number }): Unwrapped {
  let plain = true;
  for (let i = 0; i < raw.length && plain; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10 || c === 13 || c === 32 || c === 9) plain = false;
  }
  if (plain) return { text: raw, at: (i) => base + i };
  let text = '';
  const pos: number[] = [];
  let lineStart = 0;
  let spaced = false;
  // Whether a line is letter-spaced is a property of the whole source line, not of the sentence's part of it.
  const whole = context?.text ?? raw;
  const shift = context?.from ?? 0;
  const startLine = (i: number) => {
    lineStart = i;
    const s0 = whole.lastIndexOf('\n', shift + i - 1) + 1;
    const e = whole.indexOf('\n', shift + i);
    spaced = letterSpaced(whole.slice(s0, e < 0 ? whole.length : e));
  };
  startLine(0);
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\n' || c === '\r') {
      // Drop the break, the spaces before it and the next line's indentation.
      while (text.length > 0 && (text.endsWith(' ') || text.endsWith('\t'))) {
        text = text.slice(0, -1);
        pos.pop();
      }
      while (i + 1 < raw.length && /[ \t\u3000\r\n]/.test(raw[i + 1])) i++;
      startLine(i + 1);
      continue;
    }
    if ((c === ' ' || c === '\t') && text.length > 0 && i > lineStart) {
      let j = i;
      while (j < raw.length && (raw[j] === ' ' || raw[j] === '\t')) j++;
      const l = text[text.length - 1];
      const r = raw[j] ?? '';
      if (r && r !== '\n' && r !== '\r') {
        // Chinese is written without spaces: one beside a Chinese character or a percent sign is layout, not text.
        const drop = (spaced && j - i === 1) || CJK.test(l) || CJK.test(r) || r === '%' || inNumber(text, l, r, raw.slice(j, j + 6));
        if (drop) {
          i = j - 1;
          continue;
        }
      }
    }
    text += c;
    pos.push(base + i);
  }
  return { text, at: (i) => (i < pos.length ? pos[i] : (pos[pos.length - 1] ?? base - 1) + 1) };
}

function sentence(raw: string, base: number, lineOf: (offset: number) => number, sections: readonly Section[], context?: { text: string; from: number }): Sentence {
  const amounts: NarrativeAmount[] = [];
  const percents: NarrativePercent[] = [];
  const years: Located<number>[] = [];
  const u = unwrap(raw, base, context);
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
  const flatLead = text.length - text.trimStart().length;
  const flat = text.trim();
  const flatAt = (i: number) => u.at(i + flatLead);
  return {
    text: trimmed,
    flat,
    flatAt,
    flatIndex: (offset: number) => {
      // The first character of `flat` at or after `offset` (flatAt is increasing).
      let lo = 0;
      let hi = flat.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (flatAt(mid) < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
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

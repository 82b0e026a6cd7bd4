import { isSpace, needsNormalize, normalizeChars, stripMarkup } from '../util/text';
import type {
  Block,
  HeadingBlock,
  Line,
  ParseProblem,
  ParseResult,
  RawCell,
  RawRow,
  TableBlock,
  TocBlock,
  UnreadLayout,
} from './types';
import { readSpaced } from './spaced';

/** Lines longer than this are kept as one paragraph but not scanned for tables or headings. */
const MAX_STRUCTURED_LINE = 20_000;

/**
 * Splits a document into blocks: headings, paragraphs, table-of-contents entries, notes and raw tables in
 * every layout users paste (tab-separated rows, one cell per line, markdown pipes, HTML). Never throws:
 * whatever the input, the result covers it with blocks whose spans lie inside the text.
 */
/** Options of `parse`. */
export interface ParseOptions {
  /**
   * Read tables aligned with spaces (`pdftotext -layout`) into grids (`spaced.ts`) instead of reporting them unread.
   * Off by default until the rules' findings on such tables are reviewed (see the corpus report).
   */
  readonly spacedTables?: boolean;
}

export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const problems: ParseProblem[] = [];
  try {
    return parseUnsafe(text, problems, options.spacedTables === true);
  } catch (err) {
    // A bug here must not cost the user their diagnostics elsewhere: fall back to one paragraph per line.
    const lines = splitLines(text);
    problems.push({ code: 'truncated', span: { start: 0, end: text.length }, detail: String(err) });
    const blocks: Block[] = lines
      .filter((l) => l.text.trim() !== '')
      .map((l) => ({ kind: 'paragraph', text: l.text.trim(), span: { start: l.start, end: l.end }, line: l.index }));
    return { text, lines, blocks, problems };
  }
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ index: index++, start, end: i, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ index, start, end: text.length, text: text.slice(start) });
  return lines;
}

type LineKind = 'blank' | 'rule' | 'cpl' | 'tsv' | 'pipe' | 'htmlStart' | 'other';

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** The page marker line a converted PDF carries (`〔第 3 页〕`, convert/emit.ts): a page break, like a blank line. */
function isPageMarker(t: string): boolean {
  return t.charCodeAt(0) === 0x3014 && /^〔第 \d+ 页〕$/.test(t);
}

function classify(line: Line): LineKind {
  const t = line.text;
  // One cell per line: a leading tab, then the cell (a lone tab is an empty cell, not a blank line).
  // Word exports sometimes leave trailing tabs after the cell ("\t办公设备购置费用\t").
  if (t.charCodeAt(0) === 9 && t.length <= MAX_STRUCTURED_LINE) {
    let end = t.length;
    while (end > 1 && (t.charCodeAt(end - 1) === 9 || t.charCodeAt(end - 1) === 32)) end--;
    if (t.indexOf('\t', 1) < 0 || t.indexOf('\t', 1) >= end) return 'cpl';
  }
  if (isBlank(t) || isPageMarker(t)) return 'blank';
  if (t.length > MAX_STRUCTURED_LINE) return 'other';
  const tab = t.indexOf('\t');
  if (tab >= 0) {
    if (tab === 0 && t.indexOf('\t', 1) < 0) return 'cpl';
    return 'tsv';
  }
  const trimmed = t.trim();
  if (/^(?:-{3,}|\*{3,}|_{3,})$/.test(trimmed)) return 'rule';
  if (/<table\b/i.test(t)) return 'htmlStart';
  if (trimmed.startsWith('|') && trimmed.length > 1 && trimmed.indexOf('|', 1) > 0) return 'pipe';
  return 'other';
}

/** Characters that can open or close markup (<b>, **, __, [bookmark:…], $): a cheap test before any regex. */
const MARKUP_START = new Set([60, 42, 95, 91, 36]);
const MARKUP_END = new Set([62, 42, 95, 36]);
const MAYBE_MARKUP = /[<*_[$\\]/;
const LEAD_MARKUP = /^(?:<\/?[a-zA-Z][^<>]{0,200}>|\*\*|__|\[bookmark:[^\]]{0,200}\]|\$)/;
const TRAIL_MARKUP = /(?:<\/?[a-zA-Z][^<>]{0,200}>|\*\*|__|\$)$/;

/** Trims white space and enclosing markup from `[a, b)` and returns the cell with its content span. */
export function cellFrom(src: string, a: number, b: number, normalize = true): RawCell {
  let s = a;
  let e = b;
  for (let guard = 0; s < e && guard < 1000; guard++) {
    const c = src.charCodeAt(s);
    if (isSpace(c)) {
      s++;
      continue;
    }
    if (!MARKUP_START.has(c)) break;
    const m = LEAD_MARKUP.exec(src.slice(s, Math.min(e, s + 210)));
    if (m && m[0].length > 0) {
      s += m[0].length;
      continue;
    }
    break;
  }
  for (let guard = 0; e > s && guard < 1000; guard++) {
    const c = src.charCodeAt(e - 1);
    if (isSpace(c)) {
      e--;
      continue;
    }
    if (!MARKUP_END.has(c)) break;
    const m = TRAIL_MARKUP.exec(src.slice(Math.max(s, e - 210), e));
    if (m && m[0].length > 0) {
      e -= m[0].length;
      continue;
    }
    break;
  }
  const raw = src.slice(s, e);
  const stripped = MAYBE_MARKUP.test(raw) ? stripMarkup(raw).trim() : raw;
  const text = normalize ? normalizeChars(stripped) : stripped;
  return { text, span: { start: s, end: Math.max(s, e) } };
}

function tsvCells(src: string, line: Line, normalize: boolean): RawCell[] {
  const cells: RawCell[] = [];
  let a = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || src.charCodeAt(i) === 9) {
      cells.push(cellFrom(src, a, i, normalize));
      a = i + 1;
    }
  }
  return cells;
}

function pipeCells(src: string, line: Line): RawCell[] | undefined {
  const t = line.text;
  const first = t.indexOf('|');
  const last = t.lastIndexOf('|');
  const cells: RawCell[] = [];
  let a = line.start + first + 1;
  const endAt = last > first ? line.start + last : line.end;
  for (let i = a; i <= endAt; i++) {
    if (i === endAt || (src.charCodeAt(i) === 124 && src.charCodeAt(i - 1) !== 92)) {
      cells.push(cellFrom(src, a, i));
      a = i + 1;
    }
  }
  if (cells.every((c) => /^:?-{2,}:?$/.test(c.text))) return undefined; // the |---|---| separator
  return cells;
}

const TOC_DOTS = /^(.*?\S)\s*(?:[.．…·。]{3,}|…{2,}|\.{2,}\s*)\s*\t?\s*(\d{1,4})?\s*$/;
const CN_NUM = '[一二三四五六七八九十百零〇两]+';
const NUMBERING: Array<{ re: RegExp; level: number }> = [
  { re: new RegExp(`^第${CN_NUM}部分[\\s:：]*`), level: 1 },
  { re: new RegExp(`^${CN_NUM}\\s*、\\s*`), level: 2 },
  { re: new RegExp(`^[（(]\\s*${CN_NUM}\\s*[）)]\\s*`), level: 3 },
  { re: /^\d{1,2}\s*(?:、|[.．](?!\d))\s*/, level: 4 },
  { re: /^[（(]\d{1,2}[）)]\s*/, level: 5 },
];

/** Recognises the numbering at the start of `s`; exported for the model, which normalises TOC titles the same way. */
export function matchNumbering(s: string): { numbering: string; level: number } | undefined {
  for (const n of NUMBERING) {
    const m = n.re.exec(s);
    if (m) return { numbering: m[0].trim(), level: n.level };
  }
  return undefined;
}

function skipLead(src: string, a: number, b: number): number {
  let s = a;
  for (let guard = 0; s < b && guard < 100; guard++) {
    if (isSpace(src.charCodeAt(s))) {
      s++;
      continue;
    }
    const m = LEAD_MARKUP.exec(src.slice(s, Math.min(b, s + 210)));
    if (m && m[0].length > 0) {
      s += m[0].length;
      continue;
    }
    break;
  }
  return s;
}

/** A line of leader dots alone, with the page number if any: what is left of a contents entry wrapped by a PDF. */
const DOTS_ONLY = /^\s*(?:[.．…·。]\s*){6,}(\d{1,4})?\s*$/;

/** Two runs of text separated by three or more spaces (or two ideographic spaces). */
const SPACED_COLUMNS = /\S(?: {3,}|\u3000{2,}|\t)\S/;

/** A term, a colon, then the start of its definition: "财政拨款：指…", "其他资金：包括…". */
const DEFINITION = /^[^。：:]{1,40}[:：]\s*(?:指|是指|包括|主要包括|即)/;

function headingOrParagraph(src: string, line: Line, normalize: boolean): Block {
  const t = line.text;
  let a = line.start;
  let markdownDepth = 0;
  const md = /^\s*(#{1,6})\s+/.exec(t);
  if (md) {
    markdownDepth = md[1].length;
    a = line.start + md[0].length;
  }
  const s = skipLead(src, a, line.end);
  const body = normalize ? normalizeChars(src.slice(s, line.end)) : src.slice(s, line.end);
  const trimmedBody = stripMarkup(body).trim();
  const bold = /^\s*\*\*[^*]{1,60}\*\*\s*[:：]?\s*$/.test(t.slice(a - line.start));
  const num = matchNumbering(trimmedBody);
  // A line whose words stand apart by wide gaps ("八、城乡社区支出      154,369,326") is a row of a table laid out
  // with spaces (pdftotext -layout), not a heading; the gap right after the numbering does not count.
  const short = trimmedBody.length <= 48 && !/[。；;，,]$/.test(trimmedBody) && !SPACED_COLUMNS.test(trimmedBody.slice(num ? num.numbering.length : 0).trim());
  // A numbered term and its definition ("一、财政拨款：指一般公共预算财政拨款和…", 名词解释), cut by the line's
  // end in a PDF, is an item of running text, not a heading.
  const definition = num !== undefined && DEFINITION.test(trimmedBody);
  const isNote = /^注\s*[：:]/.test(trimmedBody);
  if (isNote) {
    const c = cellFrom(src, line.start, line.end, normalize);
    return { kind: 'note', text: c.text, span: c.span, line: line.index };
  }
  if ((markdownDepth > 0 || bold || num) && short && !definition && trimmedBody.length > 0) {
    const numbering = num?.numbering ?? '';
    let titleStart = s;
    if (num) {
      // Advance past the numbering in the source (it may hold spaces the normalised text also holds).
      const m = NUMBERING.find((n) => n.level === num.level)!.re.exec(body);
      titleStart = s + (m ? m[0].length : 0);
    }
    const titleCell = cellFrom(src, titleStart, line.end, normalize);
    const level = num ? num.level : markdownDepth > 0 ? Math.min(markdownDepth, 4) : 2;
    const h: HeadingBlock = {
      kind: 'heading',
      level,
      numbering,
      title: titleCell.text.replace(/[:：]$/, ''),
      span: { start: s, end: titleCell.span.end },
      titleSpan: titleCell.span,
      line: line.index,
      markdownDepth,
    };
    return h;
  }
  const c = cellFrom(src, line.start, line.end, normalize);
  return { kind: 'paragraph', text: c.text, span: c.span, line: line.index };
}

function parseUnsafe(text: string, problems: ParseProblem[], spacedTables: boolean): ParseResult {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  const kinds = lines.map(classify);
  // Most documents have no full-width digits at all: then no cell needs normalising.
  const normalize = needsNormalize(text);
  let inToc = false;
  let i = 0;

  const sample = text.slice(0, 4096);
  let controls = 0;
  for (let k = 0; k < sample.length; k++) {
    const c = sample.charCodeAt(k);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) controls++;
  }
  if (sample.length > 0 && controls / sample.length > 0.1) {
    problems.push({ code: 'binaryContent', span: { start: 0, end: Math.min(text.length, 4096) } });
  }

  const pushTable = (t: TableBlock) => {
    if (t.rows.length > 0) blocks.push(t);
  };

  while (i < lines.length) {
    const line = lines[i];
    const kind = kinds[i];
    if (kind === 'blank' || kind === 'rule') {
      i++;
      continue;
    }
    if (line.text.length > MAX_STRUCTURED_LINE) {
      problems.push({ code: 'lineTooLong', span: { start: line.start, end: line.end } });
      blocks.push({ kind: 'paragraph', text: line.text, span: { start: line.start, end: line.end }, line: line.index });
      i++;
      continue;
    }

    // Table-of-contents entries: leader dots, or "title<TAB>page" while a 目录 is open.
    const norm = normalize ? normalizeChars(line.text) : line.text;
    if (kind !== 'cpl') {
      // Leader dots need at least two dot-like characters: test for them before the (slower) expression.
      const dotted = norm.length <= 200 && /[.．…·。]{2}/.test(norm);
      const dots = dotted ? TOC_DOTS.exec(norm.replace(/\t/g, ' ')) : null;
      const tocTab = inToc && kind === 'tsv' && norm.length <= 200 && /^[^\t]{2,80}\t+\s*\d{1,4}\s*$/.test(norm.trim());
      if ((dots && /[.．…·。]{3,}|…{2,}/.test(norm)) || tocTab) {
        const pageMatch = /(\d{1,4})\s*$/.exec(norm);
        blocks.push(tocEntry(text, line, norm, dots ? dots[1] : norm.trim().split('\t')[0], pageMatch?.[1], line.end));
        i++;
        continue;
      }
    }

    // A contents entry whose leader dots went to the next line (PDF): "三、名词解释⏎……………………" (page optional).
    if (kind === 'other' && norm.length <= 60) {
      let k = i + 1;
      while (k < lines.length && kinds[k] === 'blank' && k - i <= 2) k++;
      const leader = k < lines.length && kinds[k] === 'other' ? DOTS_ONLY.exec(lines[k].text) : null;
      if (leader) {
        blocks.push(tocEntry(text, line, norm, norm, leader[1], lines[k].end));
        i = k + 1;
        continue;
      }
    }

    if (kind === 'cpl') {
      inToc = false;
      const rows: RawRow[] = [];
      let cells: RawCell[] = [];
      let j = i;
      const flush = () => {
        if (cells.length) {
          rows.push({ cells, span: { start: cells[0].span.start, end: cells[cells.length - 1].span.end }, line: lines[j0].index });
          cells = [];
        }
      };
      let j0 = i;
      while (j < lines.length) {
        const k = kinds[j];
        if (k === 'cpl') {
          if (cells.length === 0) j0 = j;
          cells.push(cellFrom(text, lines[j].start + 1, lines[j].end, normalize));
          j++;
        } else if (k === 'blank') {
          flush();
          let n = j;
          while (n < lines.length && kinds[n] === 'blank') n++;
          if (n < lines.length && kinds[n] === 'cpl') j = n;
          else break;
        } else break;
      }
      flush();
      const last = lines[Math.max(i, j - 1)];
      pushTable({ kind: 'table', layout: 'cellPerLine', rows, span: { start: line.start, end: last.end }, line: line.index, endLine: last.index, closed: true });
      i = j;
      continue;
    }

    if (kind === 'tsv') {
      const rows: RawRow[] = [];
      let j = i;
      while (j < lines.length && (kinds[j] === 'tsv' || kinds[j] === 'cpl')) {
        const cells = tsvCells(text, lines[j], normalize);
        rows.push({ cells, span: { start: lines[j].start, end: lines[j].end }, line: lines[j].index });
        j++;
      }
      if (rows.some((r) => r.cells.filter((c) => c.text !== '').length >= 3)) inToc = false;
      pushTable({ kind: 'table', layout: 'tsv', rows, span: { start: line.start, end: lines[j - 1].end }, line: line.index, endLine: lines[j - 1].index, closed: true });
      i = j;
      continue;
    }

    if (kind === 'pipe') {
      inToc = false;
      const rows: RawRow[] = [];
      let j = i;
      while (j < lines.length && kinds[j] === 'pipe') {
        const cells = pipeCells(text, lines[j]);
        if (cells) rows.push({ cells, span: { start: lines[j].start, end: lines[j].end }, line: lines[j].index });
        j++;
      }
      pushTable({ kind: 'table', layout: 'pipe', rows, span: { start: line.start, end: lines[j - 1].end }, line: line.index, endLine: lines[j - 1].index, closed: true });
      i = j;
      continue;
    }

    if (kind === 'htmlStart') {
      inToc = false;
      const startOff = line.start + line.text.search(/<table\b/i);
      const close = /<\/table\s*>/gi;
      close.lastIndex = startOff;
      const m = close.exec(text);
      const endOff = m ? m.index + m[0].length : text.length;
      if (!m) problems.push({ code: 'unclosedTable', span: { start: startOff, end: endOff } });
      const rows = htmlRows(text, startOff, endOff, lines);
      let j = i;
      while (j < lines.length && lines[j].start < endOff) j++;
      const lastLine = lines[Math.max(i, j - 1)];
      pushTable({ kind: 'table', layout: 'html', rows, span: { start: startOff, end: endOff }, line: line.index, endLine: lastLine.index, closed: !!m });
      // Text after </table> on the same line is rare; it is dropped from structure, never from the document.
      i = j;
      continue;
    }

    const b = headingOrParagraph(text, line, normalize);
    if (b.kind === 'paragraph' || b.kind === 'heading') {
      const t = b.kind === 'heading' ? b.title : b.text;
      if (/^目\s*录$|信息公开目录$|^目录[:：]?$/.test(t.replace(/\s+/g, ' ').trim()) || /目\s*录\s*$/.test(t) && t.length <= 30) inToc = true;
      else if (b.kind === 'paragraph' && (t.length > 60 || /预算年度|截止时间/.test(t))) inToc = false;
    }
    blocks.push(b);
    i++;
  }
  titlesOnNextLine(lines, blocks);
  // The plain lines, trimmed once for the three scans below.
  const trimmed = kinds.map((k, i) => (k === 'other' ? lines[i].text.trim() : ''));
  for (const layout of ['spaced', 'raw', 'joined'] as const) {
    let found = unreadTables(lines, kinds, trimmed, layout);
    if (spacedTables && layout === 'spaced' && found.length > 0) found = readSpacedTables(lines, blocks, found);
    for (const t of found) {
      problems.push({ code: `${layout}Table`, layout, span: { start: t.start, end: t.end }, rows: t.rows, ...(t.title ? { title: t.title } : {}) });
    }
    // A one-cell row of a space-aligned table is told from a heading by its indentation; in the others, by place.
    if (found.length > 0) demoteTableRows(text, lines, blocks, found, normalize, layout === 'spaced' ? 10 : 0);
  }
  problems.sort((a, b) => a.span.start - b.span.start);
  return { text, lines, blocks, problems };
}

/**
 * Reads each space-aligned table it can as a grid (`spaced.ts`): its lines' blocks give way to one table block.
 * Returns the tables left unread.
 */
function readSpacedTables(lines: Line[], blocks: Block[], found: UnreadTable[]): UnreadTable[] {
  const unread: UnreadTable[] = [];
  const read: Array<{ first: number; last: number; block: TableBlock; placed?: boolean }> = [];
  for (const t of found) {
    const grid = readSpaced(lines, t.firstLine, t.lastLine);
    if (!grid || grid.rows.length === 0) {
      unread.push(t);
      continue;
    }
    const block: TableBlock = {
      kind: 'table',
      layout: 'spaced',
      rows: grid.rows,
      span: { start: lines[t.firstLine].start, end: lines[t.lastLine].end },
      line: t.firstLine,
      endLine: t.lastLine,
      closed: true,
    };
    read.push({ first: t.firstLine, last: t.lastLine, block });
  }
  if (read.length === 0) return unread;
  // One pass: the blocks inside a read table are replaced by its block, in place.
  let w = 0;
  let k = 0;
  const copy = blocks.slice();
  for (let b = 0; b < copy.length; b++) {
    const x = copy[b];
    while (k < read.length && read[k].last < x.line) {
      if (!read[k].placed) blocks[w++] = read[k].block;
      k++;
    }
    if (k < read.length && x.line >= read[k].first) {
      if (!read[k].placed) {
        blocks[w++] = read[k].block;
        read[k].placed = true;
      }
      continue;
    }
    blocks[w++] = x;
  }
  for (; k < read.length; k++) if (!read[k].placed) blocks[w++] = read[k].block;
  blocks.length = w;
  return unread;
}

/**
 * A contents entry on `line` (`norm` its normalised text): `rawTitle` without markup, the page if printed, and a span
 * from the line's first character to `end` (the line's end, or the end of the leader line below it).
 */
function tocEntry(text: string, line: Line, norm: string, rawTitle: string, page: string | undefined, end: number): TocBlock {
  const title = stripMarkup(rawTitle).trim();
  const s = skipLead(text, line.start, line.end);
  const rel = norm.indexOf(title, s - line.start);
  return {
    kind: 'toc',
    title,
    page: page ? Number.parseInt(page, 10) : undefined,
    span: { start: s, end },
    titleSpan: rel >= 0 ? { start: line.start + rel, end: line.start + rel + title.length } : { start: s, end: line.end },
    line: line.index,
  };
}

/**
 * A numbering alone on its line ("（一）", as PDF converters write a heading whose title went to the next line) takes
 * the next line as its title when that line is short and complete: it ends with "。" or a blank line follows
 * ("（一）⏎“三公”经费财政拨款支出决算总体情况说明。"). A first line of a wrapped paragraph stays text; a numbering
 * followed by a term and its definition ("八、⏎“三公”经费：指…") is text too.
 */
function titlesOnNextLine(lines: Line[], blocks: Block[]): void {
  // One pass that writes the kept blocks back in place: no splice, so a document of many such headings stays linear.
  let w = 0;
  for (let b = 0; b < blocks.length; b++) {
    const h = blocks[b];
    const next = blocks[b + 1];
    if (h.kind === 'heading' && h.title === '' && h.numbering !== '' && next?.kind === 'paragraph' && next.line === h.line + 1) {
      const title = next.text.trim();
      // "八、⏎“三公”经费：指…": an item of a list of definitions, like its neighbours, not a heading.
      if (DEFINITION.test(title)) {
        blocks[w++] = { kind: 'paragraph', text: h.numbering, span: h.span, line: h.line };
        continue;
      }
      const after = lines[next.line + 1];
      const complete = /。$/.test(title) || !after || isBlank(after.text);
      if (title.length > 0 && title.length <= 40 && complete && !matchNumbering(title)) {
        const bare = title.replace(/[。:：]$/, '');
        const end = next.span.start + next.text.indexOf(title) + bare.length;
        blocks[w++] = { ...h, title: bare, titleSpan: { start: next.span.start, end }, span: { start: h.span.start, end } };
        b++; // the title line is consumed
        continue;
      }
    }
    blocks[w++] = h;
  }
  blocks.length = w;
}

/**
 * A row of an unread table with one cell ("                十、节能环保支出", the expense side alone; "三、教育支出"
 * in reading order) looks like a heading; inside the table (and, for a space-aligned one, indented at least
 * `minIndent` or numbered like the table's rows above it that print a figure: "二、事业收入" under
 * "一、财政拨款收入   91,016,775.35 …"), it is a row: read it as a paragraph, so neither the outline nor the
 * numbering check sees it. Each table's lines are read once, however many headings it holds.
 */
function demoteTableRows(text: string, lines: Line[], blocks: Block[], tables: readonly UnreadTable[], normalize: boolean, minIndent: number): void {
  let k = 0;
  // The numbering levels of the current table's rows that print a figure, read once up to the heading at hand.
  let levelsOf = -1;
  let levels = new Set<number>();
  let scanned = 0;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind !== 'heading') continue;
    const at = block.span.start;
    while (k < tables.length && tables[k].end < at) k++;
    if (k === tables.length) break;
    // The table runs from below its title (its header cells included) to its last row.
    const t = tables[k];
    if (at < (t.title ? t.title.span.end + 1 : t.start)) continue;
    const line = lines[block.line];
    let indent = 0;
    while (indent < line.text.length && isSpace(line.text.charCodeAt(indent))) indent++;
    if (indent < minIndent) {
      if (levelsOf !== k) {
        levelsOf = k;
        levels = new Set();
        scanned = t.firstLine;
      }
      for (; scanned < block.line; scanned++) {
        const row = lines[scanned].text.trim();
        const level = AMOUNT_TOKEN.test(row) ? matchNumbering(row)?.level : undefined;
        if (level !== undefined) levels.add(level);
      }
      // Not numbered like the table's own rows above it: a heading between two pieces of a table, say.
      if (block.level < 2 || !levels.has(block.level)) continue;
    }
    const c = cellFrom(text, line.start, line.end, normalize);
    blocks[b] = { kind: 'paragraph', text: c.text, span: c.span, line: line.index };
  }
}

/**
 * A table's title ("收入支出决算总表", "财政拨款支出预算表（功能科目）"), its unit or unit-name line ("单位：万元",
 * "部门名称：…") or its number ("公开 05 表"): each ends one table and starts the next.
 */
const TABLE_TITLE = /^\S{2,40}表(?:[（(][^（()）]{1,12}[）)])?$/;
/** A table's number ("公开 05 表"): a new table, named so until its title line follows. */
const TABLE_NUMBER = /^公开\s*\d{1,2}\s*表$/;
const TABLE_TITLE_OR_UNIT = new RegExp(`${TABLE_TITLE.source}|^单位[:：]|^(?:部门名称|编制(?:部门|单位))[:：]|${TABLE_NUMBER.source}`);
const NUMBERING_PREFIX = /^(?:[一二三四五六七八九十]+、|\d{1,2}[.．、])/;
const LEADER_DOTS = /[.．…·。]{3,}|…{2,}/;
/** An amount as tables print it: thousands separators, decimals, or at least four digits (not a page number). */
const AMOUNT_TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{4,}/;
/**
 * A cell of a table in reading order: an amount alone, or followed by the next cell's short label
 * ("156,211,123", "264.87 一、一般公共服务支出"); not a year, not a sentence ("80.38 万元。决算数…").
 */
const RAW_AMOUNT_LINE = /^-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{5,})(?:\s+(?:[一二三四五六七八九十]+、|\d{1,2}[.．、]\s*)?[^\s。，；：,;、万元]{1,24})?$/;
/**
 * A row whose cells are joined by single spaces, empty ones dropped ("2010506统计管理 1,200 1,200",
 * "一、财政拨款收入 76,306,134 一、一般公共服务支出 3,353,072 3,353,072"): a label, then amounts, the last at the end.
 */
const JOINED_ROW = /^(?:\d{1,2}[、.．] ?)?[^\s\d].{0,60}?\S \d{1,3}(?:,\d{3})+(?:\.\d+)?(?: \S+)*? \d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d{3,7} ?[^\s\d][^ ]{0,30} \d{1,3}(?:,\d{3})*(?:\.\d+)?(?: \d{1,3}(?:,\d{3})*(?:\.\d+)?)*$/;
/** Sentence punctuation (not a thousands separator): a line holding it is running text, not a table cell. */
const SENTENCE_MARK = /[。，；;]|,(?!\d{3})/;

/**
 * Tables the parser finds but cannot split into columns, read as paragraphs, so the user is told they are not
 * reconciled instead of seeing nothing:
 * - `spaced`: laid out with spaces (`pdftotext -layout`): lines whose words stand in columns apart by wide gaps,
 *   with amounts; a run tolerates blank lines and short one-cell lines; it needs three gapped lines, two with amounts;
 * - `raw`: in reading order, one cell per line without the leading tab (`pdftotext` without -layout): short lines,
 *   blank lines between them, amounts among them; it needs four lines that start with an amount;
 * - `joined`: one row per line, cells joined by single spaces and empty ones dropped: it needs four lines that
 *   end in amounts after a label or a code.
 */
interface UnreadTable {
  start: number;
  end: number;
  rows: number;
  firstLine: number;
  lastLine: number;
  title?: { text: string; span: { start: number; end: number } };
}

function unreadTables(lines: Line[], kinds: LineKind[], trimmed: readonly string[], layout: UnreadLayout): UnreadTable[] {
  const found: UnreadTable[] = [];
  // The last title line seen ("收入支出决算总表", "一、收入决算表"), kept for the table that follows within a few lines.
  let title: { text: string; span: { start: number; end: number }; line: number } | undefined;
  let first = -1;
  let last = -1;
  let rows = 0;
  let withAmounts = 0;
  let blanks = 0; // consecutive blank lines
  let loose = 0; // one-cell lines since the last row
  let prose = false; // running text (or a tab table) since the last table found
  const close = () => {
    const enough = layout === 'spaced' ? rows >= 3 && withAmounts >= 2 : withAmounts >= 4;
    const prev = found[found.length - 1];
    if (first >= 0 && enough && !title && !prose && prev && first - prev.lastLine <= (layout === 'spaced' ? 30 : 150)) {
      // No new title since the last table: the same table, continued after a page break (its header repeated).
      prev.end = lines[last].end;
      prev.lastLine = last;
      prev.rows += rows;
    } else if (first >= 0 && enough) {
      const t: UnreadTable = { start: lines[first].start, end: lines[last].end, rows, firstLine: first, lastLine: last };
      // In reading order the header cells come one per line, so the title can stand far above the first amount.
      if (title && first - title.line <= (layout === 'spaced' ? 8 : 120)) t.title = { text: title.text, span: title.span };
      found.push(t);
      title = undefined;
    }
    if (first >= 0 && enough) prose = false;
    first = -1;
    rows = 0;
    withAmounts = 0;
    blanks = 0;
    loose = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const k = kinds[i];
    if (k === 'blank') {
      if (first >= 0 && ++blanks > 4) close();
      continue;
    }
    if (k !== 'other') {
      // A table with tabs (or a rule line): no unread table runs through it, and a title above was its own.
      close();
      title = undefined;
      prose = true;
      continue;
    }
    const t = trimmed[i];
    if (TABLE_TITLE_OR_UNIT.test(t) || LEADER_DOTS.test(t)) {
      close(); // the next table's title or unit line (report each table on its own), or a contents entry
      if (TABLE_TITLE.test(t) || TABLE_NUMBER.test(t)) {
        const line = lines[i];
        const at = line.start + line.text.indexOf(t);
        title = { text: t.replace(NUMBERING_PREFIX, ''), span: { start: at, end: at + t.length }, line: i };
      }
      continue;
    }
    const isRow =
      layout === 'spaced'
        ? t.length <= 400 && SPACED_COLUMNS.test(t)
        : layout === 'raw'
          ? t.length <= 40 && RAW_AMOUNT_LINE.test(t) && !SPACED_COLUMNS.test(t)
          : t.length <= 200 && JOINED_ROW.test(t) && !SPACED_COLUMNS.test(t) && !SENTENCE_MARK.test(t);
    if (isRow) {
      if (first < 0) first = i;
      last = i;
      rows++;
      if (layout !== 'spaced' || AMOUNT_TOKEN.test(t)) withAmounts++;
      blanks = 0;
      loose = 0;
    } else if (first >= 0 && t.length <= (layout === 'spaced' ? 24 : 40) && !SENTENCE_MARK.test(t) && ++loose <= 12) {
      blanks = 0;
      rows += layout === 'raw' ? 1 : 0;
      continue; // a wrapped label ("缴费支出") or a row with one cell ("十、节能环保支出") inside the table
    } else {
      close();
      // Running text between a title and the next table: the title was not that table's, nor is the next run
      // the previous table continued.
      if (t.length > 40 || SENTENCE_MARK.test(t)) {
        title = undefined;
        prose = true;
      }
    }
  }
  close();
  return found;
}

/** Rows of an HTML table between `[from, to)`: `<tr>` rows of `<td>`/`<th>` cells, colspan kept as empty cells. */
function htmlRows(src: string, from: number, to: number, lines: Line[]): RawRow[] {
  const rows: RawRow[] = [];
  const tag = /<(\/?)(tr|td|th|table)\b[^>]{0,500}>/gi;
  tag.lastIndex = from;
  let cells: RawCell[] = [];
  let cellStart = -1;
  let colspan = 1;
  let rowStart = -1;
  const lineOf = (off: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid].start <= off) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo].index;
  };
  const endCell = (at: number) => {
    if (cellStart >= 0) {
      cells.push(cellFrom(src, cellStart, at));
      for (let k = 1; k < colspan && k < 50; k++) cells.push({ text: '', span: { start: at, end: at } });
      cellStart = -1;
    }
  };
  const endRow = (at: number) => {
    endCell(at);
    if (cells.length) rows.push({ cells, span: { start: rowStart >= 0 ? rowStart : cells[0].span.start, end: at }, line: lineOf(cells[0].span.start) });
    cells = [];
    rowStart = -1;
  };
  for (let m = tag.exec(src); m && m.index < to; m = tag.exec(src)) {
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    if (name === 'tr') {
      endRow(m.index);
      if (!closing) rowStart = m.index;
    } else if (name === 'td' || name === 'th') {
      endCell(m.index);
      if (!closing) {
        cellStart = m.index + m[0].length;
        const cs = /colspan\s*=\s*["']?(\d+)/i.exec(m[0]);
        colspan = cs ? Math.min(50, Number.parseInt(cs[1], 10) || 1) : 1;
      }
    } else if (name === 'table' && closing) {
      endRow(m.index);
    }
  }
  endRow(Math.min(to, src.length));
  return rows;
}

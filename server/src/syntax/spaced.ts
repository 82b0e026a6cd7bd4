import { normalizeChars } from '../util/text';
import type { Line, RawCell, RawRow } from './types';

/**
 * The reader of tables aligned with spaces, as `pdftotext -layout` prints them: it turns the lines of one such table
 * into the grid every other layout gives (rows of cells, one per column, empty cells where a column prints nothing),
 * so the model reads it like any other table.
 *
 * - Cells: runs of text apart by two spaces or more; a single space joins words ("1. 一般公共预算") and letter-spaced
 *   labels ("本 年 收 入 合 计" → "本年收入合计"), but never a figure to its neighbour ("96,282,213.44 一、公共安全支出").
 * - Columns: figures are right-aligned and labels left-aligned, so each figure is placed by its right edge and each
 *   label by its left edge; an edge printed on at least two rows is a column. Positions are counted both in characters
 *   (as pdftotext counts) and in display width (CJK = 2, as a person aligning in an editor does); the count that
 *   aligns more cells wins. Alignment shifts at a page break, so columns are found per stretch of the table (a new
 *   stretch starts after a page number or a repeated header, or when a row's figures stand on no edge seen so far),
 *   and the stretches' columns are matched in order.
 * - Leading codes ("204   06   01") stay in their three columns, as the model reads split codes.
 * - Header lines above the first figure are assigned to the columns they stand over, one header row per line (the
 *   model joins them per column: "事业单位" + "经营收入"); page numbers and headers repeated after a page break are
 *   dropped; a line holding only the rest of a wrapped label is joined to its row (the cell keeps both spans).
 */

export interface SpacedGrid {
  readonly rows: RawRow[];
  /** Rows before the first row with figures (header lines). */
  readonly headerRows: number;
  readonly columns: number;
  /** Lines dropped: page numbers and repeated headers. */
  readonly dropped: number;
}

/** A cell rejoined from a label wrapped onto the next line: its first part's span, and the rest's. */
export type SpacedCell = RawCell & { continuation?: { start: number; end: number } };

interface Tok {
  text: string;
  start: number;
  end: number;
  /** [first char, end char, first display column, end display column]. */
  pos: [number, number, number, number];
  num: boolean;
  code: boolean;
}

const AMOUNT = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;
const BLANK_MARK = /^[-—–－―]{1,3}$/;
const CLASS_CODE = /^\d{3}(?:\d{2}){0,2}$/;
const SUB_CODE = /^\d{2}$/;
const SEQ = /^\d{1,2}$/;
const PAGE_NUMBER = /^(?:[-—–]\s*)?\d{1,3}(?:\s*[-—–])?$|^第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/;
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、]|第[一二三四五六七八九十]+)/;
const TOTAL = /^(?:合计|总计|小计|收入总计|支出总计|本年收入合计|本年支出合计)/;
const NON_ASCII_GAP = /(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])/g;

function isGap(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
  );
}

/** The cells of one line, with their positions in characters and in display width. */
export function spacedTokens(line: Line): Tok[] {
  const t = line.text;
  const words: Array<{ s: number; e: number; c0: number; c1: number; d0: number; d1: number; num: boolean }> = [];
  let c = 0;
  let d = 0;
  let i = 0;
  const n = Math.min(t.length, 2000);
  while (i < n) {
    const ch = t.charCodeAt(i);
    if (isGap(ch)) {
      c++;
      d += ch === 0x3000 ? 2 : 1;
      i++;
      continue;
    }
    const s = i;
    const c0 = c;
    const d0 = d;
    while (i < n) {
      const x = t.charCodeAt(i);
      if (isGap(x)) break;
      c++;
      d += isWide(x) ? 2 : 1;
      i++;
    }
    const w = t.slice(s, i);
    words.push({ s, e: i, c0, c1: c, d0, d1: d, num: AMOUNT.test(w) || BLANK_MARK.test(w) });
  }
  const toks: Tok[] = [];
  let cur: Tok | undefined;
  let prevNum = false;
  let prevEnd = -10;
  for (const w of words) {
    const single = w.s - prevEnd === 1 && t.charCodeAt(prevEnd) === 32;
    if (cur && single && !prevNum && !w.num) {
      cur.end = line.start + w.e;
      cur.pos[1] = w.c1;
      cur.pos[3] = w.d1;
      cur.text += ' ' + t.slice(w.s, w.e);
    } else {
      cur = { text: t.slice(w.s, w.e), start: line.start + w.s, end: line.start + w.e, pos: [w.c0, w.c1, w.d0, w.d1], num: w.num, code: false };
      toks.push(cur);
    }
    prevNum = w.num;
    prevEnd = w.e;
  }
  for (const tok of toks) {
    if (tok.text.indexOf(' ') >= 0) tok.text = tok.text.replace(NON_ASCII_GAP, '');
    tok.text = normalizeChars(tok.text);
  }
  // Leading codes ("204   06   01", "301  01") and a 序号 are labels, left-aligned, not figures.
  if (toks.length >= 2 && CLASS_CODE.test(toks[0].text)) {
    toks[0].num = false;
    toks[0].code = true;
    for (let k = 1; k < 3 && k < toks.length - 1 && SUB_CODE.test(toks[k].text); k++) {
      toks[k].num = false;
      toks[k].code = true;
    }
  } else if (toks.length >= 2 && SEQ.test(toks[0].text) && !toks[1].num) {
    toks[0].num = false;
    toks[0].code = true;
  }
  return toks;
}

interface Col {
  right: boolean;
  code: boolean;
  lo: number;
  hi: number;
  /** Anchor range (left edges of labels, right edges of figures). */
  a0: number;
  a1: number;
  n: number;
  center: number;
  /** A column the header names but no row fills (the PDF prints nothing in an empty column). */
  headerOnly?: boolean;
}

interface Layout {
  cols: Col[];
  metric: 0 | 1;
  score: number;
}

/** The columns of one stretch of data lines, in one metric (0 = characters, 1 = display width). */
function columnsOf(lines: readonly Tok[][], metric: 0 | 1): Layout {
  const i0 = metric * 2;
  const i1 = i0 + 1;
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  for (const toks of lines) {
    for (const t of toks) {
      if (t.num) right.set(t.pos[i1], (right.get(t.pos[i1]) ?? 0) + 1);
      else left.set(t.pos[i0], (left.get(t.pos[i0]) ?? 0) + 1);
    }
  }
  const min = lines.length >= 3 ? 2 : 1;
  const cols: Col[] = [];
  let score = 0;
  for (const [map, isRight] of [[left, false], [right, true]] as const) {
    const keys = [...map.keys()].sort((a, b) => a - b);
    let k = 0;
    while (k < keys.length) {
      let j = k;
      let n = map.get(keys[k])!;
      while (j + 1 < keys.length && keys[j + 1] - keys[j] <= 1) n += map.get(keys[++j])!;
      if (n >= min) {
        cols.push({ right: isRight, code: false, lo: Infinity, hi: -Infinity, a0: keys[k], a1: keys[j], n, center: 0 });
        score += n;
      }
      k = j + 1;
    }
  }
  // Extents and codes from the tokens each column anchors.
  const codes = new Map<Col, number>();
  for (const toks of lines) {
    for (const t of toks) {
      const a = t.num ? t.pos[i1] : t.pos[i0];
      const col = cols.find((c) => c.right === t.num && a >= c.a0 && a <= c.a1);
      if (!col) continue;
      if (t.pos[i0] < col.lo) col.lo = t.pos[i0];
      if (t.pos[i1] > col.hi) col.hi = t.pos[i1];
      if (t.code) codes.set(col, (codes.get(col) ?? 0) + 1);
    }
  }
  for (const c of cols) {
    c.code = (codes.get(c) ?? 0) * 2 > c.n;
    c.center = c.right ? c.a1 - 0.5 : c.a0 + 0.5;
  }
  cols.sort((a, b) => a.center - b.center || (a.right ? 1 : -1));
  return { cols, metric, score };
}

/** The column a token stands in: the one its edge anchors, else the one it overlaps most, else the nearest. */
function columnOfTok(t: Tok, layout: Layout): number {
  const i0 = layout.metric * 2;
  const s = t.pos[i0];
  const e = t.pos[i0 + 1];
  const a = t.num ? e : s;
  const cols = layout.cols;
  for (let k = 0; k < cols.length; k++) if (cols[k].right === t.num && a >= cols[k].a0 && a <= cols[k].a1) return k;
  let best = -1;
  let bestOverlap = 0;
  for (let k = 0; k < cols.length; k++) {
    const o = Math.min(e, cols[k].hi) - Math.max(s, cols[k].lo);
    if (o > bestOverlap) {
      bestOverlap = o;
      best = k;
    }
  }
  if (best >= 0) return best;
  const mid = (s + e) / 2;
  let dist = Infinity;
  for (let k = 0; k < cols.length; k++) {
    const c = cols[k];
    const dd = mid < c.lo ? c.lo - mid : mid > c.hi ? mid - c.hi : 0;
    if (dd < dist) {
      dist = dd;
      best = k;
    }
  }
  return best;
}

function colType(c: Col): number {
  return c.right ? 2 : c.code ? 1 : 0;
}

/** Maps each column of `cols` to one of `canon` in order (a longest common subsequence of column types). */
function alignColumns(cols: readonly Col[], canon: readonly Col[]): number[] {
  const n = cols.length;
  const m = canon.length;
  const dp: number[][] = [];
  for (let i = 0; i <= n; i++) dp.push(new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i][j] = colType(cols[i]) === colType(canon[j]) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  const map = new Array<number>(n).fill(-1);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (colType(cols[i]) === colType(canon[j]) && dp[i][j] === dp[i + 1][j + 1] + 1) map[i++] = j++;
    else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  // A column with no match goes with its nearest matched neighbour's next column.
  let last = 0;
  for (let k = 0; k < n; k++) {
    if (map[k] >= 0) last = map[k];
    else map[k] = Math.min(m - 1, last);
  }
  return map;
}

function chooseLayout(lines: readonly Tok[][]): Layout {
  const a = columnsOf(lines, 0);
  const b = columnsOf(lines, 1);
  if (b.score > a.score || (b.score === a.score && b.cols.length < a.cols.length)) return b;
  return a;
}

/** The right edges of a line's figures, in both metrics. */
function rightEdges(toks: readonly Tok[]): [number[], number[]] {
  const c: number[] = [];
  const d: number[] = [];
  for (const t of toks) {
    if (!t.num) continue;
    c.push(t.pos[1]);
    d.push(t.pos[3]);
  }
  return [c, d];
}

function near(set: ReadonlySet<number>, v: number): boolean {
  return set.has(v) || set.has(v - 1) || set.has(v + 1);
}

const MAX_COLUMNS = 60;

/**
 * Reads lines `[first, last]` as one space-aligned table. Returns undefined when they do not make a grid
 * (fewer than two columns, or no row with a figure).
 */
export function readSpaced(lines: readonly Line[], first: number, last: number): SpacedGrid | undefined {
  interface L {
    line: Line;
    toks: Tok[];
    data: boolean;
    stretch: number;
  }
  const kept: L[] = [];
  const headerKeys = new Set<string>();
  let dropped = 0;
  let seenData = false;
  let stretch = 0;
  let breakPending = false;
  let edges: [Set<number>, Set<number>] = [new Set(), new Set()];
  let stretchLines = 0;
  for (let i = first; i <= last; i++) {
    const line = lines[i];
    const toks = spacedTokens(line);
    if (toks.length === 0) continue;
    const joined = toks.map((t) => t.text).join('').replace(/\s+/g, '');
    if (toks.length === 1 && PAGE_NUMBER.test(toks[0].text)) {
      dropped++;
      breakPending = true;
      continue;
    }
    const data = toks.some((t) => t.num && !BLANK_MARK.test(t.text));
    if (!seenData && !data) {
      headerKeys.add(joined);
      kept.push({ line, toks, data, stretch: 0 });
      continue;
    }
    if (seenData && !data && headerKeys.has(joined)) {
      // A header repeated after a page break.
      dropped++;
      breakPending = true;
      continue;
    }
    if (data) {
      const both = rightEdges(toks);
      if (seenData && stretchLines > 0) {
        // The metric the stretch so far aligns in: the one with fewer distinct edges. A row whose first figure (the
        // 合计 column) or half its figures stand on no edge seen so far starts a new stretch.
        const m = edges[1].size < edges[0].size ? 1 : 0;
        const mine = both[m];
        let fit = 0;
        for (const v of mine) if (near(edges[m], v)) fit++;
        if (breakPending || (mine.length >= 2 && (fit * 2 < mine.length || !near(edges[m], Math.min(...mine))))) {
          stretch++;
          edges = [new Set(), new Set()];
          stretchLines = 0;
        }
      }
      for (const v of both[0]) edges[0].add(v);
      for (const v of both[1]) edges[1].add(v);
      stretchLines++;
      breakPending = false;
      seenData = true;
    }
    kept.push({ line, toks, data, stretch });
  }
  if (!seenData) return undefined;

  // Columns per stretch, from its data lines (the header lines belong to the first stretch but set no column).
  const layouts: Layout[] = [];
  const sizes: number[] = [];
  for (let s = 0; s <= stretch; s++) {
    const ls = kept.filter((k) => k.stretch === s && k.data).map((k) => k.toks);
    sizes.push(ls.length);
    layouts.push(ls.length ? chooseLayout(ls) : { cols: [], metric: 0, score: 0 });
  }
  // A stretch of one or two rows (a 合计 row printed a little apart) says too little of its columns: its cells are
  // placed on the columns of the stretch before it (or after it), by overlap.
  for (let s = 0; s < layouts.length; s++) {
    if (sizes[s] >= 3 || layouts.length === 1) continue;
    let from = -1;
    for (let t = s - 1; t >= 0 && from < 0; t--) if (sizes[t] >= 3) from = t;
    for (let t = s + 1; t < layouts.length && from < 0; t++) if (sizes[t] >= 3) from = t;
    if (from >= 0) layouts[s] = layouts[from];
  }
  // A PDF prints nothing in a column no row fills, so the rows show fewer columns of figures than the header names
  // ("合计 | 财政拨款收入 | 事业收入 | 事业单位经营收入 | 其他收入" over two columns of figures). When the header's
  // fullest line names more columns right of the labels than the rows fill, each column of figures takes the
  // header cell nearest to it, and each header cell left over is a column of its own, empty in every row.
  const l0 = layouts[0];
  const nums0 = l0.cols.filter((c) => c.right);
  if (nums0.length > 0 && sizes[0] >= 3) {
    const i0 = l0.metric * 2;
    const from = nums0[0].lo - 2;
    let leaf: Tok[] = [];
    for (const k of kept) {
      if (k.data) break;
      // Header cells over the figures' side, not over a column of labels ("项目" over the expense labels).
      const right = k.toks.filter(
        (t) => (t.pos[i0] + t.pos[i0 + 1]) / 2 >= from && !l0.cols.some((c) => !c.right && Math.min(t.pos[i0 + 1], c.hi) - Math.max(t.pos[i0], c.lo) > 0),
      );
      if (right.length > leaf.length) leaf = right;
    }
    if (leaf.length > nums0.length && l0.cols.length + leaf.length - nums0.length <= MAX_COLUMNS) {
      const taken = new Set<Tok>();
      for (const c of nums0) {
        const mid = (c.lo + c.hi) / 2;
        let best: Tok | undefined;
        let dist = Infinity;
        for (const t of leaf) {
          if (taken.has(t)) continue;
          const d = Math.abs((t.pos[i0] + t.pos[i0 + 1]) / 2 - mid);
          if (d < dist) {
            dist = d;
            best = t;
          }
        }
        if (best) taken.add(best);
      }
      const extra: Col[] = leaf
        .filter((t) => !taken.has(t))
        .map((t) => ({ right: true, code: false, lo: t.pos[i0], hi: t.pos[i0 + 1], a0: -1, a1: -1, n: 0, center: (t.pos[i0] + t.pos[i0 + 1]) / 2, headerOnly: true }));
      const cols = [...l0.cols, ...extra].sort((x, y) => x.center - y.center);
      layouts[0] = { ...l0, cols };
      for (let t = 1; t < layouts.length; t++) if (layouts[t] === l0) layouts[t] = layouts[0];
    }
  }
  // The canonical columns: those of the first stretch (the header's), unless another holds more rows.
  let canonAt = 0;
  for (let s = 1; s < layouts.length; s++) if (sizes[s] > sizes[canonAt] && sizes[0] < 3) canonAt = s;
  const canon = layouts[canonAt].cols;
  const width = canon.length;
  if (width < 2 || width > MAX_COLUMNS) return undefined;
  const maps = layouts.map((l) => (l === layouts[canonAt] ? l.cols.map((_, k) => k) : alignColumns(l.cols, canon)));

  const numCols: number[] = [];
  for (let c = 0; c < width; c++) if (canon[c].right) numCols.push(c);
  const rows: Array<{ cells: SpacedCell[]; line: Line; data: boolean; text: boolean }> = [];
  let headerRows = 0;
  let anyData = false;
  for (const k of kept) {
    const layout = layouts[k.stretch];
    const map = maps[k.stretch];
    const cells: SpacedCell[] = new Array(width);
    // A row of a stretch too short to show its own columns (a 合计 row printed apart, "合计   189,767,551 …") that
    // prints a figure for every figure column: its figures go to those columns in order.
    const nums = k.toks.filter((t) => t.num);
    const byOrder = sizes[k.stretch] < 3 && k.data && nums.length === numCols.length && nums.length > 0;
    for (const t of k.toks) {
      if (byOrder && t.num) {
        const col = numCols[nums.indexOf(t)];
        cells[col] = { text: t.text, span: { start: t.start, end: t.end } };
        continue;
      }
      const local = columnOfTok(t, layout);
      if (local < 0) continue;
      let col = map[local];
      if (cells[col] && t.num) {
        // Two figures on one column: the second takes the free column beside it.
        if (col + 1 < width && !cells[col + 1]) col++;
        else if (col > 0 && !cells[col - 1]) col--;
      }
      const prev = cells[col];
      if (prev) {
        const joinedText = k.data ? `${prev.text} ${t.text}` : prev.text + t.text;
        cells[col] = { text: joinedText, span: { start: prev.span.start, end: t.end } };
      } else cells[col] = { text: t.text, span: { start: t.start, end: t.end } };
    }
    let at = k.line.start;
    for (let c = 0; c < width; c++) {
      if (cells[c]) at = cells[c].span.end;
      else cells[c] = { text: '', span: { start: at, end: at } };
    }
    const isText = !k.data && !k.toks.some((t) => t.code);
    rows.push({ cells, line: k.line, data: k.data, text: isText });
    if (k.data) anyData = true;
    if (!anyData) headerRows++;
  }

  // Labels wrapped onto a line of their own: joined to the row whose label they continue.
  const out: Array<{ cells: SpacedCell[]; line: Line }> = [];
  const firstData = rows.findIndex((r) => r.data);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (r > firstData && row.text) {
      const filled = row.cells.filter((c) => c.text !== '');
      const label = filled.length === 1 ? filled[0] : undefined;
      if (label && !NUMBERED.test(label.text) && !TOTAL.test(label.text)) {
        const col = row.cells.indexOf(label);
        const next = rows[r + 1];
        if (next && next.data && next.line.index === row.line.index + 1 && next.cells[col].text === '') {
          next.cells[col] = { text: label.text, span: label.span };
          continue;
        }
        const prev = out[out.length - 1];
        if (prev) {
          const target = prev.cells[col];
          if (target.text === '') prev.cells[col] = { text: label.text, span: label.span };
          else prev.cells[col] = { text: target.text + label.text, span: target.span, continuation: label.span };
          continue;
        }
      }
    }
    out.push({ cells: row.cells, line: row.line });
  }
  // Two label columns side by side that no row fills both of are one column whose labels start at two places (an
  // expense label right after the income figure, or further right where that figure is blank): merged.
  for (let c = width - 2; c >= 0; c--) {
    const a = canon[c];
    const b = canon[c + 1];
    if (a.right || b.right || a.code || b.code || a.headerOnly || b.headerOnly) continue;
    if (out.slice(headerRows).some((r) => r.cells[c].text !== '' && r.cells[c + 1].text !== '')) continue;
    for (const r of out) {
      const x = r.cells[c];
      const y = r.cells[c + 1];
      r.cells[c] = x.text === '' ? y : y.text === '' ? x : { text: x.text + y.text, span: { start: x.span.start, end: y.span.end } };
      r.cells[c + 1] = { text: '', span: { start: y.span.end, end: y.span.end } };
    }
  }
  // Columns no row fills are not columns: their header text goes to the next column that is.
  const used = new Array<boolean>(width).fill(false);
  for (let c = 0; c < width; c++) if (canon[c].headerOnly) used[c] = true;
  for (const r of out.slice(headerRows)) for (let c = 0; c < width; c++) if (r.cells[c].text !== '') used[c] = true;
  if (used.some((u) => !u) && used.some((u) => u)) {
    for (const r of out) {
      const cells: SpacedCell[] = [];
      let carry: SpacedCell | undefined;
      for (let c = 0; c < width; c++) {
        const cell = r.cells[c];
        if (!used[c]) {
          if (cell.text !== '') carry = carry ? { text: carry.text + cell.text, span: { start: carry.span.start, end: cell.span.end } } : cell;
          continue;
        }
        if (carry && cell.text === '') cells.push(carry);
        else if (carry) cells.push(carry.span.start < cell.span.start ? { text: carry.text + cell.text, span: { start: carry.span.start, end: cell.span.end } } : { text: cell.text + carry.text, span: { start: cell.span.start, end: carry.span.end } });
        else cells.push(cell);
        carry = undefined;
      }
      if (carry && cells.length) {
        const l = cells[cells.length - 1];
        cells[cells.length - 1] = l.text === '' ? carry : { text: l.text + carry.text, span: { start: l.span.start, end: carry.span.end } };
      }
      r.cells = cells;
    }
  }
  const rawRows: RawRow[] = out.map((r) => ({ cells: r.cells, span: { start: r.line.start, end: r.line.end }, line: r.line.index }));
  return { rows: rawRows, headerRows, columns: rawRows.reduce((m, r) => Math.max(m, r.cells.length), 0), dropped };
}

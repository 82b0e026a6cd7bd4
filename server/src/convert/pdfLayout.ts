import { TextBuilder, pageMarker, withSeqColumn, type Grid, type GridCell } from './emit';
import type { SourceMap, SourcePoint } from './types';

/**
 * PDF page layout → canonical text, with no IO: positioned text runs in, tab-row tables and joined paragraphs out.
 *
 * Lines are found by baseline (tolerance relative to the font size); a run of lines that shows gaps wider than a
 * character is a table; its columns are the x-ranges that the rows' runs cover, with a gap column where no run
 * crosses. Header lines (those above the first line with a figure) are merged per column; a header run that
 * covers several columns is a spanning header in a row of its own. A table that goes on over a page break is
 * joined into one (its repeated header dropped). Running heads and page numbers are dropped; everything else is
 * narrative, joined into paragraphs across line and page breaks.
 */

/** A text run, in points from the page's top-left corner; y is the baseline. */
export interface PdfRun {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
  /** Split from a run set across two cells: never joined to its neighbour again. */
  hard?: boolean;
}

export interface PdfPageLayout {
  width: number;
  height: number;
  runs: PdfRun[];
  /** Vertical ruling lines (x positions), when the page draws them. */
  vRules?: Array<{ x: number; y0: number; y1: number }>;
}

interface Chunk {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

interface PLine {
  page: number;
  y: number;
  size: number;
  x0: number;
  x1: number;
  chunks: Chunk[];
  text: string;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const FIGURE = /^[-－—–]?[(（]?[-－]?\d[\d,，]*(\.\d+)?[)）]?%?$/;
const DECIMAL_FIGURE = /^[-－]?\d[\d,]*\.\d+$|^[-－]?\d{1,3}(,\d{3})+$/;
const PAGE_NUMBER = /^[-—–－\s]*\d{1,4}[-—–－\s]*$|^第\s*\d+\s*页(\s*[,，]?\s*共\s*\d+\s*页)?$|^\d+\s*\/\s*\d+$|^[-—–－]\s*\d+\s*[-—–－]$/;
const META = /^(编制(部门|单位)|单位名称|部门名称|预算单位|填报单位|主管部门|预算年度)\s*[:：]|^(金额)?单位\s*[:：]|^[(（]?(金额)?单位\s*[:：]/;
const LEADER = /[.．。·…]{4,}|…{2,}/;
const SENTENCE_END = /[。！？；：!?;:…」』”]$/;

function joinText(a: string, b: string, gap: number, size: number): string {
  if (a === '') return b;
  if (b === '') return a;
  const ca = a[a.length - 1];
  const cb = b[0];
  if (CJK.test(ca) || CJK.test(cb)) return a + b;
  return gap > size * 0.2 ? `${a} ${b}` : a + b;
}

/** Estimated advance of a character, in ems: CJK and full-width characters one, others about half. */
function advance(ch: string): number {
  return CJK.test(ch) ? 1 : 0.55;
}

/**
 * A run that a PDF writer set as one string across two cells (“96,282,213.44 一、公共安全支出”) is split at the
 * space next to a figure; each part's x is estimated from the characters' advances, scaled to the run's width.
 */
function splitRun(r: PdfRun): PdfRun[] {
  let str = r.str.trim();
  // Two figures printed in adjacent cells with no space between (24,606,775.3566,410,000.00): split after the
  // decimals of each thousands-grouped figure.
  const glued = /^(?:[-－]?\d{1,3}(?:,\d{3})*\.\d{2})+$/.exec(str) ? str.match(/[-－]?\d{1,3}(?:,\d{3})*\.\d{2}/g) : null;
  if (glued && glued.length > 1 && glued.join('') === str) {
    str = glued.join(' ');
    r = { ...r, str };
  }
  // A label and its figure set as one string (一、一般公共预算资金9,501,164; 收入总计9,501,164支出总计9,501,164):
  // short labels each followed by a thousands-grouped figure.
  const pairs = /^(?:[^\d\s,，。；：:]{1,20}[-－]?\d{1,3}(?:,\d{3})+(?:\.\d+)?)+$/.test(str)
    ? str.match(/[^\d\s,，。；：:]{1,20}|[-－]?\d{1,3}(?:,\d{3})+(?:\.\d+)?/g)
    : null;
  if (pairs && pairs.length > 1) {
    str = pairs.join(' ');
    r = { ...r, str };
  }
  if (!/\s/.test(str)) return [r];
  const parts = str.split(/(\s+)/);
  const cut = parts.some((p, k) => k % 2 === 0 && FIGURE.test(p) && /[\d]/.test(p) && parts.length > 1);
  if (!cut) return [r];
  const total = [...r.str].reduce((s, ch) => s + advance(ch), 0) || 1;
  const scale = r.w / total;
  const out: PdfRun[] = [];
  let x = r.x + [...r.str.slice(0, r.str.length - r.str.trimStart().length)].reduce((s, ch) => s + advance(ch), 0) * scale;
  let cur = '';
  let curX = x;
  parts.forEach((p, k) => {
    const w = [...p].reduce((s, ch) => s + advance(ch), 0) * scale;
    if (k % 2 === 1) {
      // A space between a figure and its neighbour separates cells; other spaces stay inside the text.
      const prev = parts[k - 1];
      const next = parts[k + 1] ?? '';
      if (FIGURE.test(prev) || FIGURE.test(next)) {
        // The estimated cut is drawn in by a third of a character on each side, so that two cells' estimated
        // extents never touch where the printed ones do not.
        const inset = r.size * 0.35;
        if (cur) out.push({ str: cur, x: curX, y: r.y, w: Math.max(0.1, x - inset - curX), size: r.size, hard: true });
        cur = '';
        curX = x + w + inset;
      } else cur += p;
    } else cur += p;
    x += w;
  });
  if (cur) out.push({ str: cur, x: curX, y: r.y, w: x - curX, size: r.size, hard: true });
  return out;
}

/** Groups a page's runs into lines by baseline and each line's runs into chunks separated by wide gaps. */
function pageLines(page: PdfPageLayout, pageNo: number): PLine[] {
  const runs = page.runs.filter((r) => r.str.trim() !== '' && Number.isFinite(r.x) && Number.isFinite(r.y)).flatMap(splitRun);
  runs.sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PdfRun[][] = [];
  for (const r of runs) {
    const last = lines[lines.length - 1];
    if (last) {
      const ref = last[0];
      const tol = Math.max(1, Math.min(ref.size, r.size) * 0.35);
      if (Math.abs(r.y - ref.y) <= tol) {
        last.push(r);
        continue;
      }
    }
    lines.push([r]);
  }
  const out: PLine[] = [];
  for (const l of lines) {
    l.sort((a, b) => a.x - b.x);
    const size = Math.max(...l.map((r) => r.size)) || 10;
    const chunks: Chunk[] = [];
    for (const r of l) {
      const str = r.str.replace(/\s+$/, '').replace(/^\s+/, '');
      const lead = r.str.length - r.str.trimStart().length;
      const x0 = r.x + (lead && r.str.length ? (r.w * lead) / r.str.length : 0);
      const x1 = r.x + r.w;
      const c = chunks[chunks.length - 1];
      const gap = c ? x0 - c.x1 : Infinity;
      if (c && gap < size * 0.3 && !r.hard) {
        c.text = joinText(c.text, str, gap, size);
        c.x1 = Math.max(c.x1, x1);
      } else chunks.push({ text: str, x0, x1, y: r.y, size: r.size });
    }
    // Letter-spaced text (标　题, 单 位 ：): three or more one- or two-character chunks evenly spaced less than a
    // character and a half apart are one run. (类 款 项 in a table header stand further apart.)
    if (chunks.length >= 3 && chunks.every((c) => c.text.length <= 2)) {
      const gaps = chunks.slice(1).map((c, k) => c.x0 - chunks[k].x1);
      const max = Math.max(...gaps);
      const min = Math.min(...gaps);
      if (max < size * 1.5 && max - min < size * 0.5) {
        const text = chunks.map((c) => c.text).join('');
        chunks.splice(0, chunks.length, { text, x0: chunks[0].x0, x1: chunks[chunks.length - 1].x1, y: chunks[0].y, size });
      }
    }
    const text = chunks.reduce((s, c, i) => (i === 0 ? c.text : joinText(s, c.text, c.x0 - chunks[i - 1].x1, size)), '');
    out.push({ page: pageNo, y: l[0].y, size, x0: chunks[0].x0, x1: chunks[chunks.length - 1].x1, chunks, text });
  }
  return out;
}

function norm(s: string): string {
  return s.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/** Lines in the top or bottom margin that repeat over pages (running heads) or are page numbers. */
function dropFurniture(pages: PLine[][], layouts: PdfPageLayout[]): void {
  const counts = new Map<string, number>();
  const inMargin = (l: PLine, h: number) => l.y < h * 0.1 || l.y > h * 0.9;
  pages.forEach((ls, i) => {
    const seen = new Set<string>();
    for (const l of ls) if (inMargin(l, layouts[i].height)) seen.add(norm(l.text));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const repeated = Math.max(3, Math.ceil(pages.length * 0.3));
  pages.forEach((ls, i) => {
    const h = layouts[i].height;
    for (let k = ls.length - 1; k >= 0; k--) {
      const l = ls[k];
      const margin = l.y < h * 0.12 || l.y > h * 0.88;
      if (!margin) continue;
      if (PAGE_NUMBER.test(l.text.trim()) || (inMargin(l, h) && (counts.get(norm(l.text)) ?? 0) >= repeated && l.text.length < 60)) ls.splice(k, 1);
    }
  });
}

function isDataLine(l: PLine): boolean {
  let figures = 0;
  for (const c of l.chunks) {
    if (DECIMAL_FIGURE.test(c.text)) return true;
    if (FIGURE.test(c.text)) figures++;
  }
  return figures >= 2 && !/^栏次/.test(l.text);
}

function isMulti(l: PLine): boolean {
  if (l.chunks.length < 2) return false;
  if (LEADER.test(l.text)) return false;
  return true;
}

function isMeta(l: PLine): boolean {
  return l.chunks.length <= 3 && l.chunks.some((c) => META.test(c.text.trim()));
}

type Block =
  | { kind: 'text'; lines: PLine[] }
  | { kind: 'meta'; line: PLine }
  | { kind: 'table'; lines: PLine[]; cols: Array<[number, number]> };

/** Splits one page's lines into narrative, metadata and table blocks. */
function pageBlocks(lines: PLine[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    if (isMeta(l)) {
      blocks.push({ kind: 'meta', line: l });
      i++;
      continue;
    }
    if (isMulti(l)) {
      // A table: multi-chunk lines, and short lines between them (wrapped labels, header fragments).
      let j = i + 1;
      let multi = 1;
      let data = isDataLine(l) ? 1 : 0;
      while (j < lines.length) {
        const n = lines[j];
        const prev = lines[j - 1];
        if (isMeta(n)) break;
        const close = n.y - prev.y <= Math.max(n.size, prev.size) * 3.2;
        // A totals row at the foot of the page, far below the last row, still belongs when it fits the columns.
        const fits = !close && isMulti(n) && isDataLine(n) && j - i >= 2 && fitsColumns(n, columns(lines.slice(i, j)));
        if (isMulti(n) && (close || fits)) {
          multi++;
          if (isDataLine(n)) data++;
          j++;
          continue;
        }
        // A lone chunk inside the table's rows: a wrapped label or header fragment, when a table line follows closely.
        const next = lines[j + 1];
        if (close && n.chunks.length === 1 && n.text.length <= 40 && next && isMulti(next) && next.y - n.y <= next.size * 3.2) {
          j++;
          continue;
        }
        // A row with a label and no figures (二、事业收入 printed with blank cells), starting where the table's
        // labels start.
        if (close && n.chunks.length === 1 && n.text.length <= 30 && !SENTENCE_END.test(n.text) && multi >= 2 &&
          lines.slice(i, j).some((x) => x.chunks.length > 1 && Math.abs(x.chunks[0].x0 - n.chunks[0].x0) <= n.size * 0.6)) {
          j++;
          continue;
        }
        // The table's last row may be a wrapped label's second line.
        if (close && n.chunks.length === 1 && n.text.length <= 20 && !SENTENCE_END.test(n.text) && multi >= 2 && data > 0 && (!next || !isMulti(next)) && n.y - prev.y <= n.size * 1.8) {
          j++;
          continue;
        }
        break;
      }
      const span = lines.slice(i, j);
      if (span.length >= 2 && (data > 0 || multi >= 3)) {
        const cols = columns(span);
        if (cols.length >= 2) {
          blocks.push({ kind: 'table', lines: span, cols });
          i = j;
          continue;
        }
      }
    }
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'text') last.lines.push(l);
    else blocks.push({ kind: 'text', lines: [l] });
    i++;
  }
  return blocks;
}

function fitsColumns(l: PLine, cols: ReadonlyArray<[number, number]>): boolean {
  if (cols.length < 2) return false;
  return l.chunks.every((c) => cols.some(([a, b]) => overlap(c.x0, c.x1, a, b) > 0));
}

/** Column x-ranges: where the runs of the table's body rows lie, split where no run crosses. */
function columns(lines: PLine[]): Array<[number, number]> {
  const firstData = lines.findIndex(isDataLine);
  let body = firstData >= 0 ? lines.slice(firstData) : lines;
  // The rows with the most chunks set the columns; rows with fewer (totals in merged cells) are placed after.
  const counts = body.map((l) => l.chunks.length).sort((a, b) => a - b);
  const median = counts[Math.floor(counts.length / 2)] ?? 0;
  const all = body;
  const full = body.filter((l) => l.chunks.length >= Math.max(2, median));
  if (full.length) body = full;
  const spans: Array<[number, number]> = [];
  for (const l of body) for (const c of l.chunks) spans.push([c.x0, c.x1]);
  // A figure in a shorter row that lies where no full row has a cell is a column of its own (T4's 收入 预算数,
  // printed on one row only).
  for (const l of all) {
    if (full.includes(l)) continue;
    for (const c of l.chunks) if (FIGURE.test(c.text) && !spans.some(([a, b]) => overlap(c.x0, c.x1, a, b) > 0)) spans.push([c.x0, c.x1]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const cols: Array<[number, number]> = [];
  for (const s of spans) {
    const last = cols[cols.length - 1];
    if (last && s[0] <= last[1] + 0.5) last[1] = Math.max(last[1], s[1]);
    else cols.push([s[0], s[1]]);
  }
  return cols;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.min(a1, b1) - Math.max(a0, b0);
}

/** The columns a chunk lies in: those it overlaps, or else the nearest one. */
function columnsOf(c: Chunk, cols: ReadonlyArray<[number, number]>): number[] {
  const hit: number[] = [];
  cols.forEach(([a, b], k) => {
    if (overlap(c.x0, c.x1, a, b) > Math.min(1, (c.x1 - c.x0) / 4)) hit.push(k);
  });
  if (hit.length) return hit;
  const mid = (c.x0 + c.x1) / 2;
  let best = 0;
  let bestD = Infinity;
  cols.forEach(([a, b], k) => {
    const d = mid < a ? a - mid : mid > b ? mid - b : 0;
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  });
  return [best];
}

function point(l: PLine, c?: Chunk): SourcePoint {
  return { page: l.page + 1, x: Math.round(c ? c.x0 : l.x0), y: Math.round(l.y) };
}

/** A table block → title-less grid: header rows merged per column, body rows with wrapped labels joined. */
function tableGrid(b: Extract<Block, { kind: 'table' }>): Grid {
  const cols = b.cols;
  const n = cols.length;
  const firstData = b.lines.findIndex(isDataLine);
  const headLines = firstData > 0 ? b.lines.slice(0, firstData) : [];
  const bodyLines = firstData >= 0 ? b.lines.slice(firstData) : b.lines;
  const header: GridCell[][] = [];
  if (headLines.length) {
    const leaf: GridCell[] = Array.from({ length: n }, () => ({ text: '' }));
    const groups: GridCell[][] = [];
    for (const l of headLines) {
      for (const c of l.chunks) {
        const ks = columnsOf(c, cols);
        const spanning = ks.length > 1 || overlap(c.x0, c.x1, cols[ks[0]][0], cols[ks[0]][1]) <= 0;
        if (spanning && !(ks.length === 1 && headLines.length === 1)) {
          let g = groups.find((row) => row[ks[0]].text === '');
          if (!g) groups.push((g = Array.from({ length: n }, () => ({ text: '' }))));
          g[ks[0]] = { text: c.text, at: point(l, c) };
        } else {
          const cell = leaf[ks[0]];
          if (!cell.at) cell.at = point(l, c);
          cell.text = joinText(cell.text, c.text, 1, c.size);
        }
      }
    }
    header.push(...groups, leaf);
  }
  // Body: each line with a figure or with chunks in several columns is a row; a lone text line is the wrapped
  // part of the nearer row's label.
  const rows: Array<{ cells: GridCell[]; y: number; page: number; count: number }> = [];
  const pending: PLine[] = [];
  const place = (row: { cells: GridCell[] }, l: PLine, before: boolean) => {
    for (const c of l.chunks) {
      const k = columnsOf(c, cols)[0];
      const cell = row.cells[k];
      cell.text = before ? joinText(c.text, cell.text, 1, c.size) : joinText(cell.text, c.text, 1, c.size);
      if (before || !cell.at) cell.at = point(l, c);
    }
  };
  const isRow = (l: PLine) => isDataLine(l) || l.chunks.length >= Math.max(2, Math.ceil(n / 3));
  for (const l of bodyLines) {
    if (!isRow(l)) {
      pending.push(l);
      continue;
    }
    const row = { cells: Array.from({ length: n }, (): GridCell => ({ text: '' })), y: l.y, page: l.page, count: 0 };
    place(row, l, false);
    // Wrapped lines since the last row: each goes to the nearer of the previous row and this one.
    for (const p of pending) {
      const prev = rows[rows.length - 1];
      const dPrev = prev && prev.page === p.page ? p.y - prev.y : Infinity;
      const dNext = p.page === l.page ? l.y - p.y : Infinity;
      if (prev && dPrev <= dNext) place(prev, p, false);
      else place(row, p, true);
    }
    pending.length = 0;
    rows.push(row);
  }
  for (const p of pending) {
    const prev = rows[rows.length - 1];
    if (prev) place(prev, p, false);
  }
  return mergeCodeColumns(mergeDisjointLabelColumns({ metas: [], header, rows: rows.map((r) => r.cells) }));
}

/**
 * Two neighbouring text columns that no row fills both of are one column whose labels are placed differently
 * (支出合计 centred under left-aligned 一、基本支出 …): joined, so the totals row lines up with the rows above.
 */
function mergeDisjointLabelColumns(g: Grid): Grid {
  let cur = g;
  for (let k = 0; k + 1 < (cur.rows[0]?.length ?? 0); k++) {
    const rows = cur.rows;
    const filled = (r: GridCell[], c: number) => r[c].text !== '';
    const text = (c: number) => rows.some((r) => filled(r, c)) && rows.every((r) => !filled(r, c) || !FIGURE.test(r[c].text));
    if (!text(k) || !text(k + 1) || rows.some((r) => filled(r, k) && filled(r, k + 1))) continue;
    const join = (r: GridCell[]): GridCell[] => [...r.slice(0, k), r[k].text ? r[k] : r[k + 1], ...r.slice(k + 2)];
    const joinHead = (r: GridCell[]): GridCell[] => [...r.slice(0, k), { text: r[k].text + r[k + 1].text, at: r[k].at ?? r[k + 1].at }, ...r.slice(k + 2)];
    cur = { ...cur, header: cur.header.map(joinHead), rows: rows.map(join) };
    k--;
  }
  return cur;
}

/**
 * A classification code printed in three columns (类 | 款 | 项, as Shanghai's tables do) becomes one code column
 * (204 | 06 | 01 → 2040601), the layout the seeds and the model read; each part keeps its source point.
 */
function mergeCodeColumns(g: Grid): Grid {
  const leaf = g.header[g.header.length - 1];
  if (!leaf) return g;
  const at = leaf.findIndex((c, k) => c.text === '类' && leaf[k + 1]?.text === '款');
  if (at < 0) return g;
  const width = leaf[at + 2]?.text === '项' ? 3 : 2;
  const merge = (row: GridCell[], header: boolean): GridCell[] => {
    const parts = row.slice(at, at + width);
    let text = parts.map((c) => c.text).join('');
    if (header) {
      const group = g.header.slice(0, -1).map((r) => r[at]?.text ?? '').join('');
      text = /编码/.test(group) ? '' : '科目编码';
    } else if (!/^\d*$/.test(text)) text = parts.map((c) => c.text).filter(Boolean).join(' ');
    return [...row.slice(0, at), { text, at: parts.find((c) => c.text)?.at }, ...row.slice(at + width)];
  };
  const header = g.header.map((r, k) => (k === g.header.length - 1 ? merge(r, true) : [...r.slice(0, at + 1), ...r.slice(at + width)]));
  return { ...g, header, rows: g.rows.map((r) => merge(r, false)) };
}

function sameColumns(a: ReadonlyArray<[number, number]>, b: ReadonlyArray<[number, number]>, size: number): boolean {
  if (a.length !== b.length) return false;
  return a.every(([x0, x1], k) => Math.abs((x0 + x1) / 2 - (b[k][0] + b[k][1]) / 2) <= size * 2.5 || overlap(x0, x1, b[k][0], b[k][1]) > 0);
}

export interface LayoutResult {
  text: string;
  sourceMap: SourceMap;
  /** Tables reconstructed, with their column counts (for the corpus report). */
  tables: Array<{ title: string; page: number; columns: number; rows: number }>;
}

/** The canonical text of a whole PDF from its pages' layouts. */
export function layoutPdf(layouts: readonly PdfPageLayout[], fileIndex?: number): LayoutResult {
  const pagesLines = layouts.map((p, i) => pageLines(p, i));
  dropFurniture(pagesLines, layouts as PdfPageLayout[]);
  const pageBlocksList = pagesLines.map(pageBlocks);

  // Tables continued over a page break: the first table of a page, with nothing before it, whose columns match
  // the last table of the previous page (also with nothing after it), joins it; its repeated header is dropped.
  // A page whose only content went into the previous page's table passes that table on to the next page.
  let open: Extract<Block, { kind: 'table' }> | undefined;
  for (let p = 1; p < pageBlocksList.length; p++) {
    const prev = pageBlocksList[p - 1];
    const cur = pageBlocksList[p];
    const lastBlock = prev.length ? prev[prev.length - 1] : open;
    const last = lastBlock?.kind === 'table' ? lastBlock : undefined;
    open = undefined;
    if (!last) continue;
    const first = cur[0];
    // A totals row alone at the top of the next page (too short to be a table by itself).
    if (first?.kind === 'text') {
      const moved: PLine[] = [];
      while (first.lines.length && isMulti(first.lines[0]) && isDataLine(first.lines[0]) && fitsColumns(first.lines[0], last.cols)) moved.push(first.lines.shift()!);
      if (moved.length) {
        last.lines = last.lines.concat(moved);
        if (!first.lines.length) cur.shift();
        if (!cur.length) open = last;
      }
      continue;
    }
    if (first?.kind !== 'table') continue;
    const size = first.lines[0].size;
    const firstData = first.lines.findIndex(isDataLine);
    let lines = first.lines;
    if (firstData > 0) {
      const prevHead = last.lines.slice(0, Math.max(0, last.lines.findIndex(isDataLine)));
      const head = first.lines.slice(0, firstData);
      const repeated = head.every((h) => prevHead.some((x) => norm(x.text) === norm(h.text))) || head.every((h) => !isDataLine(h));
      if (repeated) lines = first.lines.slice(firstData);
    }
    const cols = columns(lines);
    // The same table when its columns match, or when its rows fit the table's columns (a page whose rows leave
    // a column empty has fewer columns of its own).
    const fit = lines.filter((l) => fitsColumns(l, last.cols)).length;
    if (!sameColumns(last.cols, cols, size) && !sameColumns(last.cols, first.cols, size) && fit < lines.length * 0.8) continue;
    last.lines = last.lines.concat(lines);
    last.cols = columns(last.lines);
    cur.shift();
    if (!cur.length) open = last;
  }

  const out = new TextBuilder();
  const tables: LayoutResult['tables'] = [];
  const at = (p: SourcePoint): SourcePoint => (fileIndex === undefined ? p : { ...p, file: fileIndex });
  // Narrative: a paragraph goes on across lines (and pages) until an indent, a short line that ends a
  // sentence, a wider gap or a change of size.
  let para: PLine | undefined; // the paragraph's last line
  let paraLeft = 0;
  let pendingMarkers: number[] = [];
  let lastTitle = '';
  let titlePage = -1;
  const flushMarkers = () => {
    for (const p of pendingMarkers) {
      out.blank();
      out.line(pageMarker(p + 1), at({ page: p + 1 }));
      out.blank();
    }
    pendingMarkers = [];
  };
  const endPara = () => {
    if (para) out.endLine();
    para = undefined;
    flushMarkers();
  };
  const sizes = pageBlocksList.flatMap((bs) => bs.flatMap((b) => (b.kind === 'text' ? b.lines.map((l) => l.size) : []))).sort((a, b) => a - b);
  const bodySize = sizes[Math.floor(sizes.length / 2)] ?? 12;
  const margins = layouts.map((_, p) => {
    const ls = pagesLines[p];
    if (!ls.length) return { left: 0, right: 0 };
    const xs0 = ls.map((l) => l.x0).sort((a, b) => a - b);
    const xs1 = ls.map((l) => l.x1).sort((a, b) => a - b);
    return { left: xs0[Math.floor(xs0.length * 0.1)], right: xs1[Math.floor(xs1.length * 0.9)] };
  });

  pageBlocksList.forEach((blocks, p) => {
    pendingMarkers.push(p);
    if (!para) flushMarkers();
    const { left, right } = margins[p];
    blocks.forEach((b, bi) => {
      if (b.kind === 'meta') {
        endPara();
        for (const c of b.line.chunks) out.line(c.text, at(point(b.line, c)));
        return;
      }
      if (b.kind === 'table') {
        endPara();
        if (b.lines[0].page !== titlePage) lastTitle = '';
        const g = withSeqColumn(tableGrid(b), lastTitle);
        out.grid(g);
        tables.push({ title: lastTitle, page: b.lines[0].page + 1, columns: b.cols.length, rows: g.rows.length });
        return;
      }
      for (const l of b.lines) {
        const toc = LEADER.test(l.text);
        if (/表(\s*[(（].*[)）])?$/.test(l.text) && l.text.length <= 60) {
          lastTitle = l.text;
          titlePage = l.page;
        }
        const centred = l.x0 > left + (right - left) * 0.15 && Math.abs((l.x0 + l.x1) / 2 - (left + right) / 2) < l.size * 3;
        let join = false;
        if (para && !toc && !centred) {
          const samePage = para.page === l.page;
          const gapOk = samePage ? l.y - para.y <= Math.max(para.size, l.size) * 2.3 : true;
          const indent = l.x0 > Math.max(paraLeft, left) + l.size * 1.2;
          const prevShort = para.x1 < margins[para.page].right - para.size * 2;
          const sizeOk = Math.abs(para.size - l.size) <= para.size * 0.15;
          join = gapOk && !indent && !prevShort && sizeOk;
        }
        if (join) {
          const prevText = para!.text;
          const sep = CJK.test(prevText[prevText.length - 1] ?? '') || CJK.test(l.text[0] ?? '') ? '' : ' ';
          out.append(sep + l.text, at(point(l)));
          para = l;
          continue;
        }
        if (para) out.endLine();
        para = undefined;
        flushMarkers();
        if (toc) {
          out.line(l.chunks.map((c) => c.text).join(' ').replace(/\s*([.．。·…]{4,}|…{2,})\s*/g, ' $1\t').replace(/\t$/, ''), at(point(l)));
          continue;
        }
        out.blank();
        // A centred line set larger than the body text is a heading: written as one (`# 名词解释`), as the
        // seeds write theirs, so the outline and the narrative topics see it.
        const heading = centred && l.size >= bodySize * 1.15 && l.text.length <= 40 && !/[。；，]$/.test(l.text);
        out.append(heading ? `# ${l.text}` : l.text, at(point(l)));
        para = l;
        paraLeft = l.x0;
        if (centred || bi < 0) {
          out.endLine();
          para = undefined;
        }
      }
    });
  });
  endPara();
  flushMarkers();
  const { text, sourceMap } = out.result();
  return { text, sourceMap, tables };
}

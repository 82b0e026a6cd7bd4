import { lastAtOrBefore } from '../util/lineIndex';
import type { Locale } from '../util/i18n';
import type { SourceMap, SourcePoint } from './types';

/** One cell of a reconstructed table: its text and where it starts in the source. */
export interface GridCell {
  text: string;
  at?: SourcePoint;
}

/**
 * A table as the converters hand it over: a title line, metadata lines (编制部门、单位), header rows and data rows,
 * each row one cell per column (a spanning header cell in its first column, the others empty).
 */
export interface Grid {
  title?: GridCell;
  metas: GridCell[];
  header: GridCell[][];
  rows: GridCell[][];
  notes?: GridCell[];
}

/**
 * The seeds' tab-row layout puts 序号 first, and the table kinds' column layouts count from it; a table printed
 * without 序号 gets an empty first cell in each row (nothing is invented: the cell stays empty). Tables whose
 * kinds have no 序号 (采购, 资产, 绩效目标) are left as printed.
 */
export function withSeqColumn(g: Grid, title: string): Grid {
  const leaf = g.header[g.header.length - 1];
  if (/^(序号|栏次|行次)$/.test(leaf?.[0]?.text ?? '') || /采购|资产|绩效|项目/.test(title.replace(/项目支出|项目经费/g, ''))) return g;
  const add = (r: GridCell[]): GridCell[] => [{ text: '' }, ...r];
  // 序号 heads the first header row (as a cell spanning the header rows would), so no header row starts with an
  // empty cell followed by one lone cell, which reads as the one-cell-per-line layout.
  return { ...g, header: g.header.map((r, k) => (k === 0 ? [{ text: '序号' }, ...r] : add(r))), rows: g.rows.map(add) };
}

/** The page marker line: neither a heading nor a table row for the parser (see syntax/parse.ts). */
export function pageMarker(page: number): string {
  return `〔第 ${page} 页〕`;
}
export const PAGE_MARKER_RE = /^〔第 \d+ 页〕$/;

/** Builds the canonical text and its source map together, so every run of text knows where it came from. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private offsets: number[] = [];
  private points: SourcePoint[] = [];

  private mark(at: SourcePoint | undefined) {
    if (!at) return;
    if (this.offsets.length && this.offsets[this.offsets.length - 1] === this.length) {
      this.points[this.points.length - 1] = at;
      return;
    }
    this.offsets.push(this.length);
    this.points.push(at);
  }

  private put(s: string) {
    this.parts.push(s);
    this.length += s.length;
  }

  /** Appends text that continues the current line (a wrapped paragraph's next line). */
  append(text: string, at?: SourcePoint) {
    this.mark(at);
    this.put(text);
  }

  line(text: string, at?: SourcePoint) {
    this.mark(at);
    this.put(oneLine(text) + '\n');
  }

  blank() {
    const last = this.parts[this.parts.length - 1];
    const prev = this.parts[this.parts.length - 2];
    if (this.length === 0 || (last === '\n' && prev?.endsWith('\n')) || (last?.endsWith('\n\n'))) return;
    if (last !== undefined && !last.endsWith('\n')) this.put('\n');
    this.put('\n');
  }

  endLine() {
    const last = this.parts[this.parts.length - 1];
    if (last !== undefined && !last.endsWith('\n')) this.put('\n');
  }

  row(cells: readonly GridCell[]) {
    // The row starts where its first placed cell is (its leading cells may be empty, with no place of their own).
    this.mark(cells.find((c) => c.at)?.at);
    cells.forEach((c, i) => {
      if (i > 0) this.put('\t');
      this.mark(c.at);
      this.put(cellText(c.text));
    });
    this.put('\n');
  }

  /** A table in the seeds' tab-row layout: title, metadata lines, header rows, data rows, notes. */
  grid(g: Grid) {
    this.blank();
    if (g.title) {
      this.line(g.title.text, g.title.at);
      this.blank();
    }
    for (const m of g.metas) this.line(m.text, m.at);
    if (g.metas.length) this.blank();
    const width = Math.max(0, ...g.header.map((r) => r.length), ...g.rows.map((r) => r.length));
    const pad = (r: GridCell[]) => (r.length < width ? [...r, ...Array.from({ length: width - r.length }, () => ({ text: '' }))] : r);
    for (const r of g.header) this.row(pad(r));
    for (const r of g.rows) this.row(pad(r));
    if (g.notes?.length) {
      this.blank();
      for (const n of g.notes) this.line(n.text, n.at);
    }
    this.blank();
  }

  result(): { text: string; sourceMap: SourceMap } {
    return { text: this.parts.join(''), sourceMap: { offsets: this.offsets, points: this.points } };
  }
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}

/** A cell holds no tab or line break (they would split it); runs of spaces shrink to one. */
export function cellText(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The source point of a canonical-text offset, or undefined when the map is empty. */
export function sourceAt(map: SourceMap, offset: number): SourcePoint | undefined {
  if (map.offsets.length === 0 || offset < map.offsets[0]) return map.points[0];
  return map.points[lastAtOrBefore(map.offsets, offset)];
}

/** "第 3 页" / "p. 3", "Sheet1!B4", "第 12 段" …, as a reviewer names a place in the source. */
export function formatSource(p: SourcePoint | undefined, locale: Locale, files?: readonly string[]): string {
  if (!p) return '';
  const file = p.file !== undefined && files && files.length > 1 ? `${files[p.file]} ` : '';
  if (p.page !== undefined) return file + (locale === 'en' ? `p. ${p.page}` : `第 ${p.page} 页`);
  if (p.sheet !== undefined) return `${file}${p.sheet}!${p.cell ?? ''}`;
  if (p.block === 'table') return file + (locale === 'en' ? `table ${p.index}` : `表格 ${p.index}`);
  if (p.block === 'paragraph') return file + (locale === 'en' ? `paragraph ${p.index}` : `第 ${p.index} 段`);
  return file.trim();
}

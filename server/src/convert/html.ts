import { TextBuilder, withSeqColumn, type Grid, type GridCell } from './emit';
import type { SourcePoint } from './types';

/**
 * The HTML a DOCX converter writes (paragraphs, headings, tables with colspan/rowspan) → canonical text: paragraphs
 * as lines, tables as tab rows with spans expanded (a spanning cell's text in its first column and row).
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function textOf(html: string): string {
  return decode(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

function attr(tag: string, name: string): number {
  const m = new RegExp(`${name}\\s*=\\s*"?(\\d+)`, 'i').exec(tag);
  return m ? Math.max(1, Math.min(200, Number.parseInt(m[1], 10))) : 1;
}

/** Rows of a <table>, spans expanded into a rectangular grid. */
function tableRows(html: string, at: (row: number, col: number) => SourcePoint): GridCell[][] {
  const grid: GridCell[][] = [];
  const taken: boolean[][] = [];
  const trs = html.match(/<tr[\s\S]*?<\/tr>/gi) ?? [];
  trs.forEach((tr, r) => {
    grid[r] ??= [];
    taken[r] ??= [];
    let c = 0;
    for (const m of tr.matchAll(/(<t[dh][^>]*>)([\s\S]*?)<\/t[dh]>/gi)) {
      while (taken[r][c]) c++;
      const cs = attr(m[1], 'colspan');
      const rs = attr(m[1], 'rowspan');
      for (let dr = 0; dr < rs; dr++) {
        grid[r + dr] ??= [];
        taken[r + dr] ??= [];
        for (let dc = 0; dc < cs; dc++) {
          taken[r + dr][c + dc] = true;
          grid[r + dr][c + dc] = dr === 0 && dc === 0 ? { text: textOf(m[2]), at: at(r, c) } : { text: '' };
        }
      }
      c += cs;
    }
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, k) => r[k] ?? { text: '' }));
}

const FIGURE_CELL = /^[-－]?\d[\d,]*(\.\d+)?$/;

/** Splits a table's rows into title/metadata rows (one or two cells), header rows and body rows. */
export function gridFromRows(rows: GridCell[][], title: string): Grid {
  const g: Grid = { metas: [], header: [], rows: [] };
  let k = 0;
  while (k < rows.length && rows[k].filter((c) => c.text).length <= 2 && rows.length - k > 2 && !rows[k].some((c) => FIGURE_CELL.test(c.text))) {
    for (const c of rows[k]) {
      if (!c.text) continue;
      if (!g.title && /表/.test(c.text) && !/[:：]/.test(c.text)) g.title = c;
      else g.metas.push(c);
    }
    k++;
  }
  const firstData = rows.findIndex((r, i) => i >= k && r.slice(1).some((c) => FIGURE_CELL.test(c.text)));
  const end = firstData >= 0 ? firstData : k;
  g.header = rows.slice(k, end);
  g.rows = rows.slice(end);
  return withSeqColumn(g, g.title?.text ?? title);
}

export function htmlToText(html: string, fileIndex?: number): { text: string; sourceMap: import('./types').SourceMap } {
  const out = new TextBuilder();
  let paragraph = 0;
  let table = 0;
  let lastText = '';
  const withFile = (p: SourcePoint): SourcePoint => (fileIndex === undefined ? p : { ...p, file: fileIndex });
  const re = /<table[\s\S]*?<\/table>|<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  for (const m of html.matchAll(re)) {
    if (m[0].slice(0, 6).toLowerCase() === '<table') {
      table++;
      const n = table;
      const rows = tableRows(m[0], () => withFile({ block: 'table', index: n }));
      if (rows.length) out.grid(gridFromRows(rows, lastText));
      continue;
    }
    paragraph++;
    const t = textOf(m[2]);
    if (!t) continue;
    out.blank();
    out.line(t, withFile({ block: 'paragraph', index: paragraph }));
    lastText = t;
  }
  return out.result();
}

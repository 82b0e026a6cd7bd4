import type { Span } from '../util/span';

/** One line of the source: offsets of its content (without the line break). */
export interface Line {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A table cell as written: `text` is the value with markup removed, `span` points at that value in the source. */
export interface RawCell {
  readonly text: string;
  readonly span: Span;
  /** The rest of a label a PDF wrapped onto the next line, when the reader joined it to this cell. */
  readonly continuation?: Span;
}

export interface RawRow {
  readonly cells: RawCell[];
  readonly span: Span;
  /** Zero-based line of the row's first cell. */
  readonly line: number;
}

export type TableLayout = 'tsv' | 'cellPerLine' | 'pipe' | 'html' | 'spaced';

export interface HeadingBlock {
  readonly kind: 'heading';
  /** 1 = 第一部分 / #, 2 = 一、, 3 = （一）, 4 = 1、 / 1. */
  readonly level: number;
  /** The numbering as printed ("一、", "（一）", "5、"), or '' for unnumbered bold / markdown headings. */
  readonly numbering: string;
  /** The heading text without numbering and markup. */
  readonly title: string;
  readonly span: Span;
  readonly titleSpan: Span;
  readonly line: number;
  /** Markdown heading depth (# count), 0 when not markdown. */
  readonly markdownDepth: number;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  /** The text with markup removed (same length as no mapping is kept: use `span` for positions). */
  readonly text: string;
  readonly span: Span;
  readonly line: number;
}

export interface TocBlock {
  readonly kind: 'toc';
  readonly title: string;
  readonly page: number | undefined;
  readonly span: Span;
  readonly titleSpan: Span;
  readonly line: number;
}

export interface NoteBlock {
  readonly kind: 'note';
  readonly text: string;
  readonly span: Span;
  readonly line: number;
}

export interface TableBlock {
  readonly kind: 'table';
  readonly layout: TableLayout;
  readonly rows: RawRow[];
  readonly span: Span;
  readonly line: number;
  readonly endLine: number;
  /** False when an HTML table never closes. */
  readonly closed: boolean;
}

export type Block = HeadingBlock | ParagraphBlock | TocBlock | NoteBlock | TableBlock;

/**
 * Tables PDF converters write that the parser cannot split into columns: aligned with spaces (`pdftotext -layout`),
 * one cell per line in reading order (`pdftotext`), or one row per line with cells joined by single spaces and
 * empty cells dropped (copied from a PDF viewer).
 */
export type UnreadLayout = 'spaced' | 'raw' | 'joined';

export interface ParseProblem {
  readonly code: 'unclosedTable' | 'binaryContent' | 'lineTooLong' | 'truncated' | 'spacedTable' | 'rawTable' | 'joinedTable';
  readonly span: Span;
  readonly detail?: string;
  /** For a table the parser cannot split into columns: how it is laid out (and the code is `${layout}Table`). */
  readonly layout?: UnreadLayout;
  /** For such a table: how many of its lines are rows or cells. */
  readonly rows?: number;
  /** For such a table: the title printed just above it ("收入支出决算总表"), if any. */
  readonly title?: { readonly text: string; readonly span: Span };
}

export interface ParseResult {
  readonly text: string;
  readonly lines: Line[];
  readonly blocks: Block[];
  readonly problems: ParseProblem[];
}

import type { Localized } from '../util/i18n';

/** Where a piece of the canonical text came from in the source file. */
export interface SourcePoint {
  /** 1-based PDF page. */
  page?: number;
  /** Position on the page, in PDF points from the top-left corner. */
  x?: number;
  y?: number;
  /** XLSX sheet and A1 cell. */
  sheet?: string;
  cell?: string;
  /** DOCX: 'paragraph' or 'table' and its 1-based number in the document. */
  block?: 'paragraph' | 'table';
  index?: number;
  /** For a document joined from several files: the file's index in the list given. */
  file?: number;
}

/** Canonical text offsets (sorted) and the source point each run of text starts at. */
export interface SourceMap {
  readonly offsets: readonly number[];
  readonly points: readonly SourcePoint[];
}

export type ConvertFormat = 'pdf' | 'docx' | 'xlsx' | 'text';

export interface ConvertProblem {
  /** A message id of convert/messages.ts: encrypted, noText, corrupt, tooLarge, tooManyPages, timeout, … */
  code: string;
  message: Localized;
  /** True when nothing could be read (the text is empty). */
  fatal: boolean;
}

export interface ConvertResult {
  format: ConvertFormat;
  text: string;
  sourceMap: SourceMap;
  problems: ConvertProblem[];
  pages?: number;
}

export interface ConvertOptions {
  /** Folder URLs/paths of pdfjs's CMaps and standard fonts (ending with '/'). */
  cMapUrl?: string;
  standardFontDataUrl?: string;
  maxBytes?: number;
  maxPages?: number;
  /** Milliseconds before the conversion gives up. */
  timeoutMs?: number;
  /** Called after each page (PDF) so a caller can show progress; return false to cancel. */
  onProgress?: (done: number, total: number) => boolean | void;
}

export const DEFAULT_LIMITS = { maxBytes: 100 * 1024 * 1024, maxPages: 400, timeoutMs: 120_000 };

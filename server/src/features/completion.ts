import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import { builtinCatalog, type Catalog, type CatalogEntry, type Level, type Scheme } from '../catalog';
import { kindSpec } from '../model/tableKinds';
import type { DisclosureModel, Table, TableKindId } from '../model/types';
import type { Analysis } from '../rules/analyze';
import type { Locale } from '../util/i18n';
import rowLabels from './data/rowLabels.json';

export interface CompletionOptions {
  readonly locale?: Locale;
  /** Catalogue edition; the document's year when undefined. */
  readonly edition?: number;
  /** Most items offered for one query. */
  readonly limit?: number;
}

/** Tables whose rows start with a classification code (RULES.md T2, T3, T5–T8). */
const CODE_KINDS: ReadonlySet<TableKindId> = new Set(['T2', 'T3', 'T5', 'T6', 'T7', 'T8']);
const LABELS = rowLabels as unknown as Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
const LEVEL_EN: Record<Level, string> = { 类: 'class', 款: 'category', 项: 'item' };

/** Where the cursor is: the cell being typed, its column, and what follows it. */
interface CellContext {
  readonly table: Table;
  readonly lineNo: number;
  readonly layout: 'tsv' | 'cpl';
  readonly col: number;
  /** Offsets of the cell's text in the document; the cursor lies within. */
  readonly cellStart: number;
  readonly cellEnd: number;
  readonly typed: string;
  /** True when a tab precedes the cell on its line. */
  readonly afterTab: boolean;
}

/**
 * Completion in table cells: catalogue codes in the code cell of T2/T3/T5–T8 (by code prefix or name
 * fragment), and the standard row labels in the label cells of T1/T4/T9/T11.
 */
export function getCompletions(
  analysis: Analysis,
  offset: number,
  catalog: Catalog = builtinCatalog(),
  options: CompletionOptions = {},
): CompletionList | null {
  const model = analysis.model;
  const cx = cellContext(model, offset);
  if (!cx || cx.table.kind === 'unknown') return null;
  const kind = cx.table.kind;
  const role = cx.table.columns[cx.col]?.role;
  if (CODE_KINDS.has(kind) && cx.afterTab) {
    const isCodeCol = role === 'code' || (role === undefined && cx.col <= 1);
    if (isCodeCol) return codeCompletions(model, cx, catalog, options);
  }
  const labels = role ? LABELS[kind]?.[role] : undefined;
  if (labels) return labelCompletions(model, cx, labels, kind);
  return null;
}

function lineText(model: DisclosureModel, line: number): string | undefined {
  if (line < 0 || line >= model.lines.lineCount) return undefined;
  return model.text.slice(model.lines.starts[line], model.lines.lineEnd(line));
}

const isCplLine = (s: string): boolean => s.startsWith('\t') && s.indexOf('\t', 1) < 0;

function cellContext(model: DisclosureModel, offset: number): CellContext | undefined {
  const lines = model.lines;
  const lineNo = lines.lineAt(offset);
  const start = lines.starts[lineNo];
  const text = lineText(model, lineNo) ?? '';
  const col = offset - start;
  if (col < 0 || col > text.length) return undefined;
  // The table holding the line, or the one it continues (a row being typed right after a table).
  const table = model.tables.find((t) => t.pieces.some((p) => lineNo >= p.line && lineNo <= p.endLine + 1));
  if (!table) return undefined;
  const prefix = text.slice(0, col);
  const lastTab = prefix.lastIndexOf('\t');
  const nextTab = text.indexOf('\t', col);
  const cellStart = start + lastTab + 1;
  const cellEnd = nextTab < 0 ? start + text.length : start + nextTab;
  const typed = model.text.slice(cellStart, offset);
  if (isCplLine(text)) {
    // One cell per line: the column is the number of cell lines above it in the same row.
    let n = 0;
    for (let k = lineNo - 1; k >= 0; k--) {
      const l = lineText(model, k);
      if (l === undefined || !isCplLine(l)) break;
      n++;
    }
    return { table, lineNo, layout: 'cpl', col: n, cellStart, cellEnd, typed, afterTab: true };
  }
  let tabs = 0;
  for (const ch of prefix) if (ch === '\t') tabs++;
  return { table, lineNo, layout: 'tsv', col: tabs, cellStart, cellEnd, typed, afterTab: lastTab >= 0 };
}

function range(model: DisclosureModel, start: number, end: number): Range {
  return { start: model.lines.positionAt(start), end: model.lines.positionAt(end) };
}

function schemesFor(kind: TableKindId): Scheme[] {
  return kind === 'T6' ? ['economic', 'economicGov'] : ['functional'];
}

function levelLabel(level: Level, locale: Locale): string {
  return locale === 'en' ? `${level} (${LEVEL_EN[level]})` : level;
}

function codeCompletions(
  model: DisclosureModel,
  cx: CellContext,
  catalog: Catalog,
  options: CompletionOptions,
): CompletionList {
  const locale = options.locale ?? 'zh-CN';
  const year = options.edition ?? model.year;
  const limit = options.limit ?? 50;
  const query = cx.typed.trim();
  const digits = /^\d*$/.test(query);
  const schemes = schemesFor(cx.table.kind as TableKindId);
  let entries: CatalogEntry[];
  if (query === '') {
    entries = catalog.entries().filter((e) => e.level === '类' && schemes.includes(e.scheme) && (year === undefined || catalog.isKnown(e.code, year, e.scheme)));
  } else {
    const yearOpt = year === undefined ? {} : { year };
    entries = schemes.flatMap((scheme) => catalog.search(query, { scheme, limit, ...yearOpt }));
    // A code prefix of another scheme (a 3xx code typed in a functional table) is still offered.
    if (entries.length === 0 && digits) entries = catalog.search(query, { limit, ...yearOpt });
  }
  entries = entries.slice(0, limit);
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const nameRole = cx.table.columns[cx.col + 1]?.role;
  const nameCellNext = nameRole === undefined || nameRole === 'name';
  const items = entries.map((e, i): CompletionItem => {
    let end = cx.cellEnd;
    let newText = e.code;
    const additional: TextEdit[] = [];
    if (nameCellNext) {
      if (cx.layout === 'tsv') {
        const lineEnd = model.lines.lineEnd(cx.lineNo);
        if (cx.cellEnd === lineEnd) newText = `${e.code}\t${e.name}`;
        else {
          const after = model.text.slice(cx.cellEnd + 1, lineEnd);
          if (after === '' || after.startsWith('\t')) {
            // The name cell exists and is empty: fill it.
            end = cx.cellEnd + 1;
            newText = `${e.code}\t${e.name}`;
          }
        }
      } else {
        const next = lineText(model, cx.lineNo + 1);
        if (next === undefined || (next.trim() === '' && !next.startsWith('\t'))) newText = `${e.code}${eol}\t${e.name}`;
        else if (next === '\t') {
          const at = model.lines.positionAt(model.lines.starts[cx.lineNo + 1] + 1);
          additional.push({ range: { start: at, end: at }, newText: e.name });
        }
      }
    }
    return {
      label: e.code,
      labelDetails: { description: e.name },
      kind: e.level === '类' ? CompletionItemKind.Module : e.level === '款' ? CompletionItemKind.Class : CompletionItemKind.EnumMember,
      detail: `${e.name} · ${levelLabel(e.level, locale)}`,
      ...(e.explanation ? { documentation: { kind: MarkupKind.Markdown, value: e.explanation } } : {}),
      sortText: String(i).padStart(4, '0'),
      // The client filters by the text typed in the cell: a name fragment must keep every match.
      filterText: digits ? e.code : cx.typed,
      textEdit: { range: range(model, cx.cellStart, end), newText },
      ...(additional.length ? { additionalTextEdits: additional } : {}),
    };
  });
  return { isIncomplete: true, items };
}

function labelCompletions(model: DisclosureModel, cx: CellContext, labels: readonly string[], kind: TableKindId): CompletionList {
  const spec = kindSpec(kind);
  const typed = cx.typed.trim();
  const pool = typed ? labels.filter((l) => l.includes(typed)) : labels;
  const items = (pool.length ? pool : labels).map(
    (l, i): CompletionItem => ({
      label: l,
      kind: CompletionItemKind.Text,
      ...(spec ? { detail: `${kind} ${spec.name}` } : {}),
      sortText: String(i).padStart(4, '0'),
      filterText: typed && l.includes(typed) ? cx.typed : l,
      textEdit: { range: range(model, cx.cellStart, cx.cellEnd), newText: l },
    }),
  );
  return { isIncomplete: false, items };
}

import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { DisclosureModel, OutlineNode } from '../model/types';
import type { UnreadLayout } from '../syntax/types';
import type { Locale } from '../util/i18n';
import { toRange } from './convert';

/** Detail and fallback name of a table the model could not read, which is shown but not reconciled. */
const UNREAD: Record<Locale, Record<UnreadLayout, string> & { name: string }> = {
  'zh-CN': { spaced: '空格对齐，仅核对科目层级与行合计', raw: '逐格排列，未核对', joined: '单空格分隔，仅核对科目层级与行合计', name: '表格' },
  en: {
    spaced: 'aligned with spaces, hierarchy and row totals checked only',
    raw: 'cells in reading order, not reconciled',
    joined: 'cells joined by single spaces, hierarchy and row totals checked only',
    name: 'Table',
  },
};

const KIND: Record<OutlineNode['kind'], SymbolKind> = {
  part: SymbolKind.Module,
  section: SymbolKind.Namespace,
  table: SymbolKind.Struct,
};

/** The outline: the document's parts, sections and tables, nested as they appear. */
export function documentSymbols(model: DisclosureModel, locale: Locale = 'zh-CN'): DocumentSymbol[] {
  const convert = (n: OutlineNode): DocumentSymbol => {
    const range = toRange(model.lines, n.span);
    let selectionRange = toRange(model.lines, n.selectionSpan);
    // LSP requires the selection to lie inside the range.
    if (n.selectionSpan.start < n.span.start || n.selectionSpan.end > n.span.end) selectionRange = range;
    const detail = n.unread ? UNREAD[locale][n.unread] : n.detail;
    return {
      name: n.name || (n.unread ? UNREAD[locale].name : '—'),
      ...(detail ? { detail } : {}),
      kind: KIND[n.kind],
      range,
      selectionRange,
      children: n.children.map(convert),
    };
  };
  return model.outline.map(convert);
}

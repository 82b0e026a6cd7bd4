import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { DisclosureModel, OutlineNode } from '../model/types';
import { toRange } from './convert';

const KIND: Record<OutlineNode['kind'], SymbolKind> = {
  part: SymbolKind.Module,
  section: SymbolKind.Namespace,
  table: SymbolKind.Struct,
};

/** The outline: the document's parts, sections and tables, nested as they appear. */
export function documentSymbols(model: DisclosureModel): DocumentSymbol[] {
  const convert = (n: OutlineNode): DocumentSymbol => {
    const range = toRange(model.lines, n.span);
    let selectionRange = toRange(model.lines, n.selectionSpan);
    // LSP requires the selection to lie inside the range.
    if (n.selectionSpan.start < n.span.start || n.selectionSpan.end > n.span.end) selectionRange = range;
    return {
      name: n.name || '—',
      ...(n.detail ? { detail: n.detail } : {}),
      kind: KIND[n.kind],
      range,
      selectionRange,
      children: n.children.map(convert),
    };
  };
  return model.outline.map(convert);
}

import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { DisclosureModel, Section } from '../model/types';

/** Folds each section and each table (all its pieces, title included). */
export function foldingRanges(model: DisclosureModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const lines = model.lines;
  const add = (start: number, end: number, kind?: string) => {
    const a = lines.lineAt(start);
    const b = lines.lineAt(Math.max(start, end - 1));
    if (b > a) out.push({ startLine: a, endLine: b, ...(kind ? { kind } : {}) });
  };
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      add(s.span.start, s.end, FoldingRangeKind.Region);
      walk(s.children);
    }
  };
  walk(model.sections);
  for (const t of model.tables) add(t.span.start, t.span.end);
  return out;
}

import type { Range } from 'vscode-languageserver-types';
import type { LineIndex } from '../util/lineIndex';
import type { Span } from '../util/span';

/** Offsets to an LSP range; the only place spans become positions. */
export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

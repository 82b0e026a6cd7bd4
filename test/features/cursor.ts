import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import type { Catalog } from '../../server/src/catalog';
import { getHover, type HoverOptions } from '../../server/src/features/hover';
import { analyze, type Analysis } from '../../server/src/rules/analyze';
import type { Locale } from '../../server/src/util/i18n';

/** Strips the one `$0` marker from a fixture: the text without it, and the marker's offset. */
export function cursor(withMarker: string): { text: string; offset: number } {
  const offset = withMarker.indexOf('$0');
  if (offset < 0 || withMarker.indexOf('$0', offset + 2) >= 0) throw new Error('fixture needs exactly one $0 marker');
  return { text: withMarker.slice(0, offset) + withMarker.slice(offset + 2), offset };
}

export function markdown(h: Hover | null): string {
  if (!h) return '';
  return (h.contents as MarkupContent).value;
}

export interface HoverAtOptions extends HoverOptions {
  readonly locale?: Locale;
  readonly catalog?: Catalog;
  /** Replaces the analysis (e.g. to inject a reconciliation). */
  readonly analysis?: (text: string) => Analysis;
}

/** Hover at the `$0` marker of a fixture. */
export function hoverAt(withMarker: string, opts: HoverAtOptions = {}): { hover: Hover | null; md: string; text: string; offset: number } {
  const { text, offset } = cursor(withMarker);
  const analysis = opts.analysis ? opts.analysis(text) : analyze(text);
  const hover = getHover(analysis, offset, opts.locale ?? 'zh-CN', opts.catalog, opts);
  return { hover, md: markdown(hover), text, offset };
}

/** Inserts `$0` into a text at the n-th occurrence (0-based) of `needle`, `delta` characters in. */
export function markAt(text: string, needle: string, delta = 1, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found (${i})`);
  }
  return text.slice(0, at + delta) + '$0' + text.slice(at + delta);
}

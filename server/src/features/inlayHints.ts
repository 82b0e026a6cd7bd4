import { InlayHintKind, MarkupKind, type InlayHint } from 'vscode-languageserver-types';
import type { Identity } from '../reconcile/types';
import type { Analysis } from '../rules/analyze';
import { localize, type Locale } from '../util/i18n';
import type { Span } from '../util/span';
import { identityLine } from './hover';

/**
 * After each printed total whose identity fails, the value the parts compute to: `≠ Σ 682.55`.
 * Only broken identities get a hint (a rounding gap is not worth the noise); `range` limits the result to the
 * visible part of the document.
 */
export function getInlayHints(analysis: Analysis, locale: Locale, range?: Span): InlayHint[] {
  const lines = analysis.model.lines;
  const byTotal = new Map<number, Identity[]>();
  for (const id of analysis.recon.identities) {
    if (id.status !== 'broken') continue;
    const at = id.total.span.end;
    if (range && (at < range.start || at > range.end)) continue;
    const list = byTotal.get(at);
    if (list) list.push(id);
    else byTotal.set(at, [id]);
  }
  const out: InlayHint[] = [];
  for (const [at, ids] of [...byTotal.entries()].sort((a, b) => a[0] - b[0])) {
    const labels = ids.map((id) => {
      const d = Math.max(2, ...[id.total, ...id.parts].map((p) => p.figure?.decimals ?? 0));
      const op = id.kind === 'equal' ? '≠' : id.kind === 'atLeast' ? '<' : '≠ Σ';
      return `${op} ${id.computed.toFixed(d)}`;
    });
    const unique = [...new Set(labels)];
    out.push({
      position: lines.positionAt(at),
      label: unique.join(' · '),
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
      tooltip: {
        kind: MarkupKind.Markdown,
        value: [
          `**${localize({ 'zh-CN': '勾稽关系不成立', en: 'Identity broken' }, locale)}**`,
          '',
          ...ids.map((id) => `- ${identityLine(id, id.total.span, locale)}`),
        ].join('\n'),
      },
    });
  }
  return out;
}

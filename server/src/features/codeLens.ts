import type { CodeLens } from 'vscode-languageserver-types';
import type { Identity } from '../reconcile/types';
import type { Analysis } from '../rules/analyze';
import type { Finding } from '../rules/types';
import { localize, type Locale } from '../util/i18n';
import { toRange } from './convert';

/** The command a lens runs to show the finding it counts: the server answers it with `window/showDocument`. */
export const REVEAL_COMMAND = 'budgetDisclosure.revealFinding';

/**
 * Above each table, what the reconciliation found in it: `✗ 1 项勾稽不符 · 23 项勾稽关系成立（其中 2 项尾差）`,
 * or `✓ 24 项勾稽关系成立`. A lens that counts a broken identity takes the user to its finding (the first in the
 * table); the others only inform. Tables that take part in no identity get no lens. Read from the same
 * reconciliation as the diagnostics, hover and inlay hints, so the counts always agree with them.
 */
export function getCodeLenses(analysis: Analysis, uri: string, locale: Locale): CodeLens[] {
  const { model, recon, findings } = analysis;
  const byTable = new Map<string, Identity[]>();
  for (const id of recon.identities) {
    const tables = new Set<string>();
    for (const t of [id.total, ...id.parts]) if (t.ref.kind === 'cell') tables.add(t.ref.tableId);
    for (const t of tables) {
      const list = byTable.get(t);
      if (list) list.push(id);
      else byTable.set(t, [id]);
    }
  }
  const reported = new Map<string, Finding>();
  for (const f of findings) {
    const key = f.data?.identity;
    if (key && f.severity !== 'hint' && !reported.has(key)) reported.set(key, f);
  }
  const anchors: Array<{ tableId: string; at: number }> = [
    ...model.tables.map((t) => ({ tableId: t.id, at: t.titleSpan?.start ?? t.span.start })),
    ...model.parsed.problems.filter((p) => p.layout).map((p) => ({ tableId: `unread@${p.span.start}`, at: p.title?.span.start ?? p.span.start })),
  ];
  const out: CodeLens[] = [];
  for (const { tableId, at } of anchors.sort((a, b) => a.at - b.at)) {
    const ids = byTable.get(tableId);
    if (!ids?.length) continue;
    const broken = ids.filter((i) => i.status === 'broken' && reported.has(i.key));
    // A broken identity whose rule the user switched off is not counted; a rounding gap holds.
    const rounding = ids.filter((i) => i.status === 'rounding').length;
    const hold = ids.filter((i) => i.status === 'ok').length + rounding;
    const range = toRange(model.lines, { start: at, end: at });
    const first = broken.map((i) => reported.get(i.key)!).sort((a, b) => a.span.start - b.span.start)[0];
    out.push({
      range,
      command: first
        ? { title: title(broken.length, hold, rounding, locale), command: REVEAL_COMMAND, arguments: [uri, toRange(model.lines, first.span)] }
        : // No command id: a label the user reads, nothing to click.
          { title: title(0, hold, rounding, locale), command: '' },
    });
  }
  return out;
}

function title(broken: number, hold: number, rounding: number, locale: Locale): string {
  const gaps = rounding ? localize({ 'zh-CN': `（其中 ${rounding} 项尾差）`, en: ` (${rounding} within rounding)` }, locale) : '';
  const holding = localize({ 'zh-CN': `${hold} 项勾稽关系成立${gaps}`, en: `${hold} identit${hold === 1 ? 'y holds' : 'ies hold'}${gaps}` }, locale);
  if (broken === 0) return `✓ ${holding}`;
  return `✗ ${localize({ 'zh-CN': `${broken} 项勾稽不符`, en: `${broken} identit${broken === 1 ? 'y' : 'ies'} broken` }, locale)} · ${holding}`;
}

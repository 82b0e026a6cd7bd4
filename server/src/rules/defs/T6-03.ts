import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { colOf } from '../../reconcile/identities/common';
import { defineRule } from '../types';

/** RULES.md T6-03: 人员经费 = 301 + 303, 公用经费 = 302 + 310 + …; a 款 carries figures in one of the two columns only. */
export default defineRule({
  id: 'T6-03',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '基本支出表：人员经费 = 301 + 303，公用经费 = 302 + 310 等；同一款不应同时列入两栏',
    en: 'T6: 人员经费 = 301 + 303, 公用经费 = 302 + 310 and others; no 款 in both columns',
  },
  messages: {
    ...IDENTITY_MESSAGES,
    both: {
      'zh-CN': '经济科目 {code} {name} 同时列有人员经费 {personnel} 和公用经费 {publicFunds}，一个款级科目应只属于其中一栏',
      en: 'Economic item {code} {name} carries both 人员经费 {personnel} and 公用经费 {publicFunds}; a 款 belongs to one column only',
    },
  },
  check(ctx) {
    reportBroken(ctx, 'T6-03');
    for (const t of ctx.model.tables) {
      if (t.kind !== 'T6') continue;
      const pc = colOf(t, 'personnel');
      const fc = colOf(t, 'publicFunds');
      if (pc === undefined || fc === undefined) continue;
      for (const r of t.rows) {
        if (!r.code || r.code.code.length !== 5) continue;
        const p = r.cells[pc]?.amount;
        const f = r.cells[fc]?.amount;
        if (!p || !f || p.value.isZero() || f.value.isZero()) continue;
        ctx.report('both', { start: r.cells[pc].span.start, end: r.cells[fc].span.end },
          { code: r.code.code, name: r.labelText, personnel: p.text, publicFunds: f.text }, { severity: 'warning' });
      }
    }
  },
});

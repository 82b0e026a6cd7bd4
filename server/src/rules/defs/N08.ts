import { Decimal } from '../../util/decimal';
import { agree, amountVal, cellAt, cellVal, colByRole, line1, printLike, replaceFix, rowWhere, sentencesOf, stated, tableOf, wan, type Val } from '../narrative/common';
import { defineRule } from '../types';

export default defineRule({
  id: 'N08',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '政府采购预算说明的金额应等于政府采购预算表（T10）合计',
    en: 'The government procurement amount in the narrative must equal the T10 total',
  },
  messages: {
    amount: {
      'zh-CN': '政府采购预算 {stated} 与政府采购预算表合计 {table} 不一致',
      en: 'Procurement budget {stated} differs from the total {table} of the “政府采购预算表”',
    },
    noAmount: {
      'zh-CN': '政府采购预算情况未说明采购预算金额',
      en: 'The procurement section does not state the procurement budget amount',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const sentences = sentencesOf(m, 'N6');
    const hit = sentences.flatMap((s) => s.amounts).find((a) => /政府采购/.test(a.label));
    const t10 = tableOf(m, 'T10');
    if (!hit) {
      const sec = m.sections.flatMap(function all(s): typeof m.sections { return [s, ...s.children.flatMap(all)]; }).find((s) => s.topic === 'N6');
      if (sec && t10) ctx.report('noAmount', sec.titleSpan, {}, { severity: 'info' });
      return;
    }
    if (!t10) return;
    let tv: Val = { value: new Decimal(0), half: new Decimal(0) };
    let anchor = t10?.titleSpan;
    if (t10 && !t10.empty) {
      const col = colByRole(t10, 'total') ?? colByRole(t10, 'projectBudget');
      const hj = rowWhere(t10, /^(?:合计|总计)$/);
      if (hj) {
        tv = cellVal(t10, cellAt(hj, col));
        anchor = cellAt(hj, col)?.span ?? hj.span;
      } else {
        const cells = t10.rows.map((r) => cellAt(r, col)).filter((c) => c?.amount);
        // A layout whose amounts we cannot place: say nothing rather than compare with zero.
        if (col === undefined || !cells.length) return;
        const vals = t10.rows.map((r) => cellVal(t10, cellAt(r, col)));
        tv = vals.reduce((acc, v) => ({ value: acc.value.plus(v.value), half: acc.half.plus(v.half) }), tv);
      }
    }
    const av = amountVal(hit);
    if (agree(av, tv)) return;
    ctx.report(
      'amount',
      hit.figure.span,
      { stated: stated(hit), table: wan(tv) },
      {
        fixes: [replaceFix(hit.figure.span, printLike(hit, tv))],
        ...(anchor ? { related: [{ span: anchor, message: { 'zh-CN': `政府采购预算表（第 ${line1(m, anchor.start)} 行）`, en: `“政府采购预算表” (line ${line1(m, anchor.start)})` } }] } : {}),
      },
    );
  },
});

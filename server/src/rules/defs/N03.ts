import { agree, amountVal, line1, printLike, replaceFix, stated, sumVals, wan } from '../narrative/common';
import { matchProjects, projectList, t12Amount, t12Name } from '../narrative/projects';
import { defineRule } from '../types';

export default defineRule({
  id: 'N03',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '支出说明列出的项目金额应与对应项目绩效目标表的预算数（或成本指标上限）一致，合计不超过项目支出',
    en: 'Each project amount listed in the expenditure statement must equal its performance table budget (or cost cap); their sum must not exceed project expenditure',
  },
  messages: {
    amount: {
      'zh-CN': '支出说明中“{label}” {stated} 与项目绩效目标表“{project}”的{kind} {table} 不一致',
      en: 'Listed project "{label}" {stated} differs from the {kindEn} {table} of performance table "{project}"',
    },
    sum: {
      'zh-CN': '支出说明列出的 {count} 个项目合计 {sum}，与项目支出 {total} 相差 {diff}',
      en: 'The {count} listed projects sum to {sum}, but project expenditure is {total} (gap {diff})',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const { total, items } = projectList(m);
    const matched = matchProjects(m, items);
    for (const item of items) {
      const t = matched.get(item);
      if (!t) continue;
      const ref = t12Amount(t);
      if (!ref) continue;
      const a = item.amount;
      if (agree(amountVal(a), ref.val)) continue;
      const tableText = ref.cell.text.trim();
      ctx.report(
        'amount',
        a.figure.span,
        {
          label: a.label,
          stated: stated(a),
          project: t12Name(t),
          kind: ref.kind === 'budget' ? '预算数' : '成本指标',
          kindEn: ref.kind === 'budget' ? 'budget' : 'cost cap',
          table: tableText,
        },
        {
          related: [
            {
              span: ref.cell.span,
              message: {
                'zh-CN': `项目“${t12Name(t)}”${ref.kind === 'budget' ? '预算数' : '成本指标'}：${tableText}（第 ${line1(m, ref.cell.span.start)} 行）`,
                en: `Project "${t12Name(t)}" ${ref.kind === 'budget' ? 'budget' : 'cost cap'}: ${tableText} (line ${line1(m, ref.cell.span.start)})`,
              },
            },
          ],
          // A cost cap (≤ 60万元) is a limit, not the amount: copying it would offer a value the cap already allows.
          fixes: ref.kind === 'budget' ? [replaceFix(a.figure.span, printLike(a, ref.val).replace(/\.0+$|(\.\d*?)0+$/, '$1'))] : [],
          data: { stated: amountVal(a).value.toString(), table: ref.val.value.toString() },
        },
      );
    }
    // The Σ check needs a list that is a project list: most items matched to a performance table.
    if (total && items.length >= 2 && matched.size * 2 >= items.length) {
      const sum = sumVals(items.map((i) => amountVal(i.amount)));
      const tv = amountVal(total.amount);
      if (!sum.value.minus(tv.value).abs().lte(sum.half.plus(tv.half))) {
        ctx.report(
          'sum',
          total.amount.figure.span,
          { count: items.length, sum: wan(sum), total: stated(total.amount), diff: wan(tv.value.minus(sum.value)) },
          { severity: 'warning', data: { sum: sum.value.toString(), total: tv.value.toString() } },
        );
      }
    }
  },
});

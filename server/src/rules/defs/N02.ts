import { agree, amountVal, cellAt, cellVal, colByRole, compareWithCell, isUnitSlip, rowWhere, sentencesOf, tableOf } from '../narrative/common';
import { defineRule } from '../types';

const TOTAL_LABEL = /^(?:本年|全年|年度)?(?:预算)?支出(?:预算)?(?:总计|合计|总额|总数)?$/;

export default defineRule({
  id: 'N02',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '支出说明中的支出总额、基本支出、项目支出、人员经费和日常公用经费应与 T1、T3、T6 一致',
    en: 'The expenditure statement total, basic, project, personnel and public-funds figures must equal T1, T3 and T6',
  },
  messages: {
    total: {
      'zh-CN': '支出说明的预算支出 {stated} 与收支总表本年支出合计 {table} 不一致',
      en: 'Expenditure statement total {stated} differs from 本年支出合计 {table} in the “收支总表”',
    },
    part: {
      'zh-CN': '支出说明中“{label}” {stated} 与{what} {table} 不一致',
      en: 'Expenditure statement "{label}" {stated} differs from {whatEn} {table}',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const t1 = tableOf(m, 'T1');
    const t3 = tableOf(m, 'T3');
    const t6 = tableOf(m, 'T6');
    const done = new Set<string>();
    for (const s of sentencesOf(m, 'N2.expense')) {
      for (const a of s.amounts) {
        const asWan = !!isUnitSlip(m, s, a);
        const label = a.label;
        if (!done.has('total') && TOTAL_LABEL.test(label) && t1) {
          done.add('total');
          const col = colByRole(t1, 'expense');
          const labelCol = colByRole(t1, 'expenseLabel');
          const row = rowWhere(t1, /^本年支出合计$/, labelCol) ?? rowWhere(t1, /^本年收入合计$/);
          const grand = rowWhere(t1, /^支出总计$/, labelCol) ?? rowWhere(t1, /^收入总计$/);
          if (grand && agree(amountVal(a, asWan), cellVal(t1, cellAt(grand, col)))) continue;
          if (row) compareWithCell(ctx, 'total', a, t1, row, col, { 'zh-CN': '本年支出合计', en: '本年支出合计' }, { asWan });
          continue;
        }
        const part = /^基本支出$/.test(label)
          ? (['basic', t3, 'basic', '支出总表合计·基本支出', 'basic expenditure total in the “支出总表”'] as const)
          : /^项目支出$/.test(label)
            ? (['project', t3, 'project', '支出总表合计·项目支出', 'project expenditure total in the “支出总表”'] as const)
            : /^人员经费$/.test(label)
              ? (['personnel', t6, 'personnel', '基本支出表合计·人员经费', 'personnel total in the “基本支出表”'] as const)
              : /^(?:日常)?公用经费$/.test(label)
                ? (['public', t6, 'publicFunds', '基本支出表合计·公用经费', 'public funds total in the “基本支出表”'] as const)
                : undefined;
        if (!part || done.has(part[0]) || !part[1]) continue;
        done.add(part[0]);
        const t = part[1];
        const row = rowWhere(t, /^合计$/);
        if (!row) continue;
        compareWithCell(ctx, 'part', a, t, row, colByRole(t, part[2]), { 'zh-CN': part[3], en: part[4] }, { asWan });
      }
    }
  },
});

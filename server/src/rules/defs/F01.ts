import { isUnitSlip, line1, stated } from '../narrative/common';
import { defineRule } from '../types';

export default defineRule({
  id: 'F01',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '金额单位错误：万元语境中的金额写成“元”（与万元表格数一致，或小于 1000 且保留两位小数）',
    en: 'Unit slip: an amount tagged 元 in a 万元 context (it equals a 万元 table figure, or is below 1000 with 2 decimals)',
  },
  messages: {
    slip: {
      'zh-CN': '“{label}” {stated} 的单位应为“万元”{table}',
      en: '"{label}" {stated}: the unit should be 万元{tableEn}',
    },
  },
  check(ctx) {
    const m = ctx.model;
    for (const s of m.sentences) {
      for (const a of s.amounts) {
        const slip = isUnitSlip(m, s, a);
        if (!slip) continue;
        const at = slip.cell ? line1(m, slip.cell.span.start) : 0;
        ctx.report(
          'slip',
          a.unitSpan,
          {
            label: a.label,
            stated: stated(a),
            table: slip.cell ? `（表中第 ${at} 行为 ${slip.cell.text}万元）` : '',
            tableEn: slip.cell ? ` (the table prints ${slip.cell.text} 万元 at line ${at})` : '',
          },
          {
            fixes: [{ span: a.unitSpan, newText: '万元', title: { 'zh-CN': '单位改为“万元”', en: 'Change the unit to 万元' } }],
            ...(slip.cell
              ? { related: [{ span: slip.cell.span, message: { 'zh-CN': `表中数值：${slip.cell.text}万元`, en: `Table value: ${slip.cell.text} 万元` } }] }
              : {}),
          },
        );
      }
    }
  },
});

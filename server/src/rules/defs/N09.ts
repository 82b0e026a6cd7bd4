import { colByRole, compareWithCell, rowWhere, sentencesOf, tableOf } from '../narrative/common';
import { defineRule } from '../types';

export default defineRule({
  id: 'N09',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '国有资产信息中上年末固定资产金额应等于固定资产占用情况表（T11）资产总额',
    en: 'The year-end fixed-asset amount in the narrative must equal the T11 资产总额',
  },
  messages: {
    amount: {
      'zh-CN': '上年末固定资产金额 {stated} 与固定资产占用情况表资产总额 {table} 不一致',
      en: 'Year-end fixed assets {stated} differ from 资产总额 {table} in the “固定资产占用情况表”',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const t11 = tableOf(m, 'T11');
    if (!t11) return;
    const row = rowWhere(t11, /^资产总额$|^合计$/);
    if (!row) return;
    const a = sentencesOf(m, 'N7')
      .flatMap((s) => s.amounts)
      .find((x) => /固定资产(?:金额|总额|原值|价值)?$|资产总额$/.test(x.label) && !/拟购置|购置|新增/.test(x.label));
    if (!a) return;
    compareWithCell(ctx, 'amount', a, t11, row, colByRole(t11, 'value'), { 'zh-CN': '资产总额', en: '资产总额' });
  },
});

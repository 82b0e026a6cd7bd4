import type { NarrativeAmount } from '../../model/types';
import { agree, amountVal, cellAt, cellVal, colByRole, compareWithCell, isUnitSlip, rowWhere, sentencesOf, tableOf } from '../narrative/common';
import { defineRule } from '../types';

/** 收入说明 components and the T1 income row each names (RULES.md N01, V04). */
const COMPONENTS: Array<[RegExp, RegExp, string, string]> = [
  [/一般公共预算/, /一般公共预算/, '一般公共预算拨款收入', 'general public budget income'],
  [/政府性基金|^基金预算/, /政府性基金/, '政府性基金预算拨款收入', 'government fund income'],
  [/国有资本经营/, /国有资本经营/, '国有资本经营预算拨款收入', 'state capital income'],
  [/财政专户/, /财政专户/, '财政专户管理资金收入', 'special account income'],
  [/事业单位经营/, /事业单位经营/, '事业单位经营收入', 'operating income'],
  [/^事业收入$/, /^事业收入$/, '事业收入', 'service income'],
  [/上级补助/, /上级补助/, '上级补助收入', 'grants from higher level'],
  [/附属单位/, /附属单位/, '附属单位上缴收入', 'remittances from subordinates'],
  [/单位资金/, /单位资金/, '单位资金', 'unit funds'],
  [/上年结转/, /上年结转/, '上年结转结余', 'carry-over'],
];

const TOTAL_LABEL = /^(?:本年|全年|年度)?(?:预算)?收入(?:预算)?(?:总计|合计|总额|总数)?$/;

export default defineRule({
  id: 'N01',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '收入说明中的收入总额及各项收入应与收支总表（T1）一致',
    en: 'The income statement total and each income component must equal the budget summary table (T1)',
  },
  messages: {
    total: {
      'zh-CN': '收入说明的预算收入 {stated} 与收支总表本年收入合计 {table} 不一致',
      en: 'Income statement total {stated} differs from 本年收入合计 {table} in the “收支总表”',
    },
    component: {
      'zh-CN': '收入说明中“{label}” {stated} 与收支总表“{what}” {table} 不一致',
      en: 'Income statement “{label}” {stated} differs from “{whatEn}” {table} in the “收支总表”',
    },
  },
  check(ctx) {
    const t1 = tableOf(ctx.model, 'T1');
    if (!t1) return;
    const incomeCol = colByRole(t1, 'income');
    if (incomeCol === undefined) return;
    const totalRow = rowWhere(t1, /^本年收入合计$/);
    const grandRow = rowWhere(t1, /^收入总计$/);
    const sentences = sentencesOf(ctx.model, 'N2.income');
    let totalDone = false;
    const seen = new Set<number>();
    for (const s of sentences) {
      for (const a of s.amounts) {
        const asWan = !!isUnitSlip(ctx.model, s, a);
        if (!totalDone && TOTAL_LABEL.test(a.label)) {
          totalDone = true;
          const v = amountVal(a, asWan);
          // With a carry-over the text may give 收入总计 instead.
          if (grandRow && agree(v, cellVal(t1, cellAt(grandRow, incomeCol)))) continue;
          if (totalRow) compareWithCell(ctx, 'total', a, t1, totalRow, incomeCol, { 'zh-CN': '本年收入合计', en: '本年收入合计' }, { asWan });
          continue;
        }
        checkComponent(a, asWan);
      }
    }
    function checkComponent(a: NarrativeAmount, asWan: boolean) {
      const k = COMPONENTS.findIndex(([re]) => re.test(a.label));
      if (k < 0 || seen.has(k)) return;
      seen.add(k);
      const [, rowRe, zh, en] = COMPONENTS[k];
      const row = rowWhere(t1!, rowRe, colByRole(t1!, 'incomeLabel'));
      if (!row) {
        // The 2024 layout has no 事业收入 … rows: a zero stated for an absent row is consistent.
        if (a.figure.value.isZero()) return;
        return;
      }
      compareWithCell(ctx, 'component', a, t1!, row, incomeCol, { 'zh-CN': zh, en }, { asWan });
    }
  },
});

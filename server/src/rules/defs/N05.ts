import { agree, amountVal, colByRole, compareWithCell, isUnitSlip, rowByCode, rowWhere, sentencesOf, stated, sumVals, tableOf, wan } from '../narrative/common';
import { defineRule } from '../types';

/** 机关运行经费 items and their T6 economic rows (RULES.md N05). */
const ITEMS: Array<[RegExp, string[]]> = [
  [/^办公费$/, ['30201']],
  [/^印刷费$/, ['30202']],
  [/^(?:办公及印刷费|办公费和印刷费)$/, ['30201', '30202']],
  [/^邮电费$/, ['30207']],
  [/取暖费$/, ['30208']],
  [/^差旅费$/, ['30211']],
  [/^维修(?:（护）|\(护\)|护)?费$/, ['30213']],
  [/^会议费$/, ['30215']],
  [/^培训费$/, ['30216']],
  [/^公务接待费$/, ['30217']],
  [/^劳务费$/, ['30226']],
  [/^工会(?:经费|会费)$/, ['30228']],
  [/^福利费$/, ['30229']],
  [/^公务用车运行(?:维护)?费$/, ['30231']],
  [/^(?:公务交通补贴|其他交通费用?)$/, ['30239']],
];

/** A cost item named in the text ("办公费", "公务用车运行维护费", "其他商品和服务支出"), with or without its amount. */
const COST_NAME = /([\u4e00-\u9fa5]{1,9}?(?:费|支出))(?=[、，,和及与等；;。]|\d|$)/g;

const NOT_AN_ITEM = /(?:增加|减少|增长|下降|降低|上升|提高)$|上年|去年|人均|每人|单价|标准|定额/;

export default defineRule({
  id: 'N05',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '机关运行经费：所列明细之和等于安排总额，各明细与基本支出表（T6）对应经济分类款级科目一致',
    en: 'Running costs: the listed items add up to the stated total, and each equals its T6 economic row',
  },
  messages: {
    item: {
      'zh-CN': '机关运行经费中“{label}” {stated} 与{what} {table} 不一致',
      en: 'Running-cost item "{label}" {stated} differs from {whatEn} {table}',
    },
    total: {
      'zh-CN': '机关运行经费 {stated} 与{what} {table} 不一致',
      en: 'Running costs {stated} differ from {whatEn} {table}',
    },
    sum: {
      'zh-CN': '机关运行经费明细合计 {sum} 与安排总额 {total} 不一致',
      en: 'Running-cost items sum to {sum}, but the stated total is {total}',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const t6 = tableOf(m, 'T6');
    const sentences = sentencesOf(m, 'N3');
    const first = sentences.find((s) => s.amounts.length);
    if (!first) return;
    const total = first.amounts.find((a) => /机关运行/.test(a.label)) ?? first.amounts[0];
    // Items are the parts of the total: not a change against last year ("增加62.7万元"), not a per-head rate ("人均定额1000元").
    const items = sentences.flatMap((s) =>
      s.amounts.filter((a) => a !== total && a.span.start > total.span.start && !NOT_AN_ITEM.test(a.label)).map((a) => ({ s, a })),
    );
    if (t6) {
      const hj = rowWhere(t6, /^合计$/);
      if (hj && /机关运行/.test(total.label)) {
        compareWithCell(ctx, 'total', total, t6, hj, colByRole(t6, 'publicFunds'), { 'zh-CN': '基本支出表公用经费合计', en: 'public funds total in the “基本支出表”' }, { asWan: !!isUnitSlip(m, first, total) });
      }
      const col = colByRole(t6, 'total');
      for (const { s, a } of items) {
        const hit = ITEMS.find(([re]) => re.test(a.label));
        if (!hit) continue;
        const asWan = !!isUnitSlip(m, s, a);
        const rows = hit[1].map((c) => rowByCode(t6, c));
        if (rows.length !== 1) continue;
        const row = rows[0];
        if (!row && a.figure.value.isZero()) continue;
        if (!row) continue;
        compareWithCell(ctx, 'item', a, t6, row, col, { 'zh-CN': `基本支出表 ${hit[1][0]} ${row.labelText ?? row.label}`, en: `${hit[1][0]} in the “基本支出表”` }, { asWan });
      }
    }
    if (items.length >= 2) {
      const sum = sumVals(items.map(({ s, a }) => amountVal(a, !!isUnitSlip(m, s, a))));
      const tv = amountVal(total, !!isUnitSlip(m, first, total));
      // "主要用于办公费、印刷费、邮电费…（12 项）…，其中会议费 A 万元、培训费 B 万元": when the text names more cost
      // items than it gives amounts for, the amounts are a part of the total, which they may only not exceed.
      const named = new Set<string>();
      for (const s of sentences) for (const x of s.flat.matchAll(COST_NAME)) named.add(x[1]);
      const partial = named.size > items.length + 1;
      const over = sum.value.minus(sum.half).minus(tv.half).gt(tv.value);
      if ((partial && over) || (!partial && !agree({ value: sum.value, half: sum.half.plus(tv.half) }, tv))) {
        ctx.report('sum', total.figure.span, { sum: wan(sum), total: stated(total) }, { data: { sum: sum.value.toString(), total: tv.value.toString() } });
      }
    }
  },
});

import type { Cell } from '../../model/types';
import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { Decimal } from '../../util/decimal';
import { compact } from '../../util/text';
import { defineRule } from '../types';

function planValue(c: Cell): Decimal | undefined {
  if (c.amount) return c.amount.value;
  if (c.quantity && (c.quantity.unit === '%' || c.quantity.unit === '万元' || c.quantity.unit === '元')) return c.quantity.figure.value;
  return undefined;
}

/**
 * RULES.md T12-01: 预算数 = 财政资金 + 其他资金, and money indicators agree with 预算数 (identities, errors); the
 * 资金支出计划 never decreases and reaches 预算数 (万元 layout) or 100% (% layout) by 12月底 (warnings).
 */
export default defineRule({
  id: 'T12-01',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '项目绩效目标表：预算数 = 财政资金 + 其他资金，金额指标与预算数一致，资金支出计划逐期不减并于 12 月底达到预算数',
    en: 'Performance table: 预算数 = fiscal + other funds, money indicators agree with 预算数, the spending plan never decreases and reaches 预算数 by December',
  },
  messages: {
    ...IDENTITY_MESSAGES,
    planDecreases: {
      'zh-CN': '资金支出计划 {header} {value} 小于上一期 {previous}，累计计划不应减少',
      en: 'Spending plan {header} {value} is below the previous {previous}; a cumulative plan cannot decrease',
    },
    quarter: {
      'zh-CN': '资金用途写明全年共需 {year}，按季结算，本季度 {quarter}，不是全年的四分之一（{expected}）；如各季不等额，请说明',
      en: 'The purpose text gives {year} a year, settled quarterly, but {quarter} this quarter, not a quarter of the year ({expected}); explain if the quarters differ',
    },
    planShort: {
      'zh-CN': '资金支出计划最后一期 {header} 为 {value}，未达到{target}（{expected}）',
      en: 'Spending plan ends at {value} ({header}) and never reaches {target} ({expected})',
    },
  },
  check(ctx) {
    reportBroken(ctx, 'T12-01');
    // Seed 001 L149: "共需资金1686300元，补偿金按季结算…本季度需资金420000元" (¼ = 421575): information only.
    for (const t of ctx.model.tables) {
      if (t.kind !== 'T12') continue;
      const text = ctx.model.text.slice(t.span.start, t.span.end);
      const year = /共需资金\s*(\d+(?:\.\d+)?)\s*(万元|元)/.exec(text);
      const quarter = /本季度需资金\s*(\d+(?:\.\d+)?)\s*(万元|元)/.exec(text);
      if (!year || !quarter || !/按季/.test(text) || year[2] !== quarter[2]) continue;
      const expected = new Decimal(year[1]).div(4);
      if (expected.eq(new Decimal(quarter[1]))) continue;
      const start = t.span.start + quarter.index;
      ctx.report('quarter', { start, end: start + quarter[0].length },
        { year: year[1] + year[2], quarter: quarter[1] + quarter[2], expected: expected.toString() + year[2] }, { severity: 'info' });
    }
    for (const t of ctx.model.tables) {
      const p = t.performance;
      const plan = p?.plan;
      if (!p || !plan || plan.values.length === 0) continue;
      const values = plan.values.map((c) => ({ c, v: planValue(c) })).filter((x): x is { c: Cell; v: Decimal } => !!x.v);
      if (values.length === 0) continue;
      const header = (i: number) => compact(plan.headers[i]?.text ?? `第${i + 1}期`);
      for (let i = 1; i < values.length; i++) {
        if (values[i].v.lt(values[i - 1].v)) {
          ctx.report('planDecreases', values[i].c.span, { header: header(i), value: values[i].c.text, previous: values[i - 1].c.text }, { severity: 'warning' });
        }
      }
      const last = values[values.length - 1];
      const hasDecember = plan.headers.some((h) => /12月/.test(compact(h.text)));
      if (plan.percent) {
        // The 2023 % layout prints only 3月底 / 6月底 / 10月底 in some tables: year-end 100% is then implied.
        if (!hasDecember || last.v.gte(100)) continue;
        ctx.report('planShort', last.c.span, { header: header(values.length - 1), value: last.c.text, target: '100%', expected: '100%' }, { severity: 'warning' });
        continue;
      }
      const budget = p.budget?.amount;
      if (!budget || last.v.gte(budget.value)) continue;
      ctx.report('planShort', last.c.span, { header: header(values.length - 1), value: last.c.text, target: '预算数', expected: budget.text }, { severity: 'warning' });
    }
  },
});

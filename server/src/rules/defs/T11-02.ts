import { defineRule } from '../types';

/** RULES.md T11-02: the 固定资产占用情况表 is stated as at 31 December of the year before the budget year. */
export default defineRule({
  id: 'T11-02',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '固定资产占用情况表的截止时间应为预算年度上一年的 12 月 31 日',
    en: 'The fixed-asset table must be stated as at 31 December of the year before the budget year',
  },
  messages: {
    asOf: {
      'zh-CN': '截止时间 {found} 与预算年度 {year} 不符，应为 {expected}',
      en: 'Cut-off date {found} does not match budget year {year}; expected {expected}',
    },
  },
  check(ctx) {
    for (const t of ctx.model.tables) {
      if (t.kind !== 'T11' || !t.asOf) continue;
      const year = t.year?.value ?? ctx.model.year;
      if (!year) continue;
      const m = /^(\d{4})\D+(\d{1,2})\D+(\d{1,2})/.exec(t.asOf.value);
      if (!m) continue;
      const ok = Number.parseInt(m[1], 10) === year - 1 && Number.parseInt(m[2], 10) === 12 && Number.parseInt(m[3], 10) === 31;
      if (ok) continue;
      ctx.report('asOf', t.asOf.span, { found: t.asOf.value, year, expected: `${year - 1}-12-31` });
    }
  },
});

import { sentencesOf } from '../narrative/common';
import { defineRule } from '../types';

/** A year-N document compares with "N年预算" (or another year) instead of N−1. */
export default defineRule({
  id: 'N16',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '比上年增减应与上一年度（预算年度 − 1）比较',
    en: 'Year-on-year comparisons must be with the previous year (budget year − 1)',
  },
  messages: {
    year: {
      'zh-CN': '{year} 年预算文件应与 {prev} 年比较，文中写“{found}年”',
      en: 'A {year} budget compares with {prev}, but the text says {found}',
    },
  },
  check(ctx) {
    const m = ctx.model;
    // A 决算 compares the year's outturn with the same year's budget: not this rule's case.
    if (m.kind && /决算/.test(m.kind)) return;
    const sentences = sentencesOf(m, 'N2', 'N2.change', 'N4', 'N3');
    // The budget year as the narrative states it ("2023年预算收支安排…" at a sentence start), else the tables'.
    const stated = new Map<number, number>();
    for (const s of sentences) {
      const y = s.years[0];
      if (y && y.span.start - s.span.start <= 3) stated.set(y.value, (stated.get(y.value) ?? 0) + 1);
    }
    const best = [...stated.entries()].sort((a, b) => b[1] - a[1])[0];
    const year = best && (!m.year || Math.abs(best[0] - m.year) <= 1) ? best[0] : m.year;
    if (!year) return;
    for (const s of sentences) {
      for (const y of s.years) {
        const before = m.text.slice(Math.max(s.span.start, y.span.start - 4), y.span.start);
        if (!/(?:较|比|同比|相比|与|对比)\s*$/.test(before)) continue;
        if (y.value === year - 1) continue;
        ctx.report('year', y.span, { year, prev: year - 1, found: y.value }, {
          fixes: [{ span: y.span, newText: String(year - 1), title: { 'zh-CN': `改为“${year - 1}”`, en: `Change to "${year - 1}"` } }],
        });
      }
    }
  },
});

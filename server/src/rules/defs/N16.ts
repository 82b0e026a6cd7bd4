import { documentYear } from '../narrative/common';
import { defineRule } from '../types';

/**
 * "比2026年预算增加…", "与2024年预算执行数相比…": the year a figure is compared with, followed by what is compared
 * (预算, 执行数, 决算, 同期) or by the change itself.
 */
const COMPARED_YEAR = /(?:较|比|同比|相比|与|对比)\s*$/;
const COMPARED_WHAT = /^\s*年度?\s*(?:[\d,.]+\s*(?:亿元|万元|元))?\s*(?:的)?\s*(?:当年)?\s*(?:预算|执行|决算|实际|同期|相比|比较|[，,]?\s*(?:增加|增长|减少|下降|持平|上升|降低))/;

/** A year-N budget compares with N−1: not with N itself ("比2026年预算" in a 2026 document), nor with N−2. */
export default defineRule({
  id: 'N16',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '预算文件的比上年增减应与上一年度（预算年度 − 1）比较；预算年度取自文件标题、表格与正文',
    en: 'Year-on-year comparisons of a budget must be with the previous year (budget year − 1); the budget year is read from the title, the tables and the text',
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
    if (/决算/.test(m.text.slice(0, 600).replace(/\s+/g, '')) && !/预算/.test(m.text.slice(0, 600).replace(/\s+/g, ''))) return;
    const year = documentYear(m);
    if (!year) return;
    for (const s of m.sentences) {
      for (const y of s.years) {
        if (y.value === year - 1) continue;
        const at = s.flatIndex(y.span.start);
        const before = s.flat.slice(Math.max(0, at - 4), at);
        if (!COMPARED_YEAR.test(before)) continue;
        if (!COMPARED_WHAT.test(s.flat.slice(s.flatIndex(y.span.end), s.flatIndex(y.span.end) + 24))) continue;
        // Only the year itself, or one or two years back: a comparison with an older year is history, not a slip.
        if (y.value !== year && y.value !== year - 2) continue;
        ctx.report('year', y.span, { year, prev: year - 1, found: y.value }, {
          fixes: [{ span: y.span, newText: String(year - 1), title: { 'zh-CN': `改为“${year - 1}”`, en: `Change to "${year - 1}"` } }],
        });
      }
    }
  },
});

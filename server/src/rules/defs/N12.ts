import { defineRule } from '../types';

export default defineRule({
  id: 'N12',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '年度一致：各表“预算年度”与文件年度一致；说明文字中不应残留往年年份（项目名称除外）',
    en: 'Year consistency: every table\'s 预算年度 equals the document year, and the prose keeps no stale years (project names aside)',
  },
  messages: {
    header: {
      'zh-CN': '表头预算年度 {found} 与文件年度 {year} 不一致',
      en: 'Table header year {found} differs from the document year {year}',
    },
    stale: {
      'zh-CN': '{year} 年预算文件中出现往年年份“{found}年”，可能是沿用往年文字',
      en: 'A {year} budget mentions {found}; the sentence may be carried over from an earlier year',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const year = m.year;
    if (!year) return;
    for (const t of m.tables) {
      if (t.year && t.year.value !== year) {
        ctx.report('header', t.year.span, { found: t.year.value, year }, {
          fixes: [],
        });
      }
    }
    for (const s of m.sentences) {
      // 职责 / 机构 history ("2019年机构改革") and 名词解释 keep their years.
      if (!s.topic || /^N[18]$|^TOC$/.test(s.topic)) continue;
      for (const y of s.years) {
        if (y.value >= year - 1) continue;
        const after = m.text.slice(y.span.end, y.span.end + 6);
        // "2021年度大气污染防治…" names a project; 《…》 titles and cited documents keep their years.
        if (/^\s*年度?[\u4e00-\u9fa5]/.test(after) && /^\s*年度/.test(after)) continue;
        const before = m.text.slice(Math.max(s.span.start, y.span.start - 30), y.span.start);
        if (/《[^》]*$/.test(before) || /〔|\[|号/.test(m.text.slice(y.span.end, y.span.end + 8).slice(0, 1))) continue;
        ctx.report('stale', y.span, { year, found: y.value }, { severity: 'info' });
      }
    }
  },
});

import { line1 } from '../narrative/common';
import { matchProjects, projectList, t12Name } from '../narrative/projects';
import { defineRule } from '../types';

export default defineRule({
  id: 'C08',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '支出说明列出的项目与项目绩效目标表一一对应',
    en: 'The projects listed in the expenditure statement match the project performance tables one to one',
  },
  messages: {
    count: {
      'zh-CN': '支出说明列出 {listed} 个项目，项目绩效目标表有 {tables} 张{extra}',
      en: 'The expenditure statement lists {listed} projects but there are {tables} performance tables{extraEn}',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const { total, items } = projectList(m);
    const t12 = m.tables.filter((t) => t.kind === 'T12');
    if (!total || items.length < 2 || !t12.length) return;
    if (items.length === t12.length) return;
    const matchedMap = matchProjects(m, items);
    // Only a list that reads as a project list (most items have a performance table) is counted.
    if (matchedMap.size * 2 < Math.min(items.length, t12.length)) return;
    const matched = new Set(matchedMap.values());
    const unmatched = t12.filter((t) => !matched.has(t));
    const names = unmatched.slice(0, 5).map((t) => `“${t12Name(t)}”（第 ${line1(m, (t.titleSpan ?? t.span).start)} 行）`);
    ctx.report('count', total.amount.figure.span, {
      listed: items.length,
      tables: t12.length,
      extra: names.length ? `；未在说明中列出：${names.join('、')}` : '',
      extraEn: names.length ? `; not listed: ${unmatched.slice(0, 5).map((t) => t12Name(t)).join(', ')}` : '',
    });
  },
});

import { defineRule } from '../types';

/** Function-classification names retired in 2019 (政府收支分类科目 2019): old name, new name, first year of the new one. */
export const OBSOLETE: ReadonlyArray<{ old: string; now: string; since: number }> = [
  { old: '医疗卫生与计划生育支出', now: '卫生健康支出', since: 2019 },
  { old: '文化体育与传媒支出', now: '文化旅游体育与传媒支出', since: 2019 },
  { old: '医疗卫生与计划生育管理事务', now: '卫生健康管理事务', since: 2019 },
];

export default defineRule({
  id: 'N19',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '使用当年有效的支出功能分类科目名称（如“卫生健康支出”而非“医疗卫生与计划生育支出”）',
    en: 'Use the classification names valid for the year (卫生健康支出, not 医疗卫生与计划生育支出)',
  },
  messages: {
    obsolete: {
      'zh-CN': '“{old}”自 {since} 年起已更名为“{now}”',
      en: '"{old}" has been named "{now}" since {since}',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const year = m.year;
    if (!year) return;
    for (const o of OBSOLETE) {
      if (year < o.since) continue;
      let at = m.text.indexOf(o.old);
      while (at >= 0) {
        const span = { start: at, end: at + o.old.length };
        ctx.report('obsolete', span, { old: o.old, now: o.now, since: o.since }, {
          fixes: [{ span, newText: o.now, title: { 'zh-CN': `改为“${o.now}”`, en: `Change to "${o.now}"` } }],
        });
        at = m.text.indexOf(o.old, at + o.old.length);
      }
    }
  },
});

import { normalizeName } from '../../catalog';
import { documentYear } from '../narrative/common';
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
    level: {
      'zh-CN': '“{name}”是{level}级科目，不应标为（类）',
      en: '"{name}" is a {levelEn}-level heading, not a 类',
    },
    obsolete: {
      'zh-CN': '“{old}”自 {since} 年起已更名为“{now}”',
      en: '"{old}" has been named "{now}" since {since}',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const year = documentYear(m) ?? m.year;
    if (!year) return;
    // "一般公共服务支出（类）财政事务（类）": a 款 (or 项) of the catalogue labelled as a 类, in the text as written.
    for (const s of m.sentences) {
      for (const x of s.flat.matchAll(/([\u4e00-\u9fa5]{2,20})[（(]\d{0,3}类[）)]/g)) {
        const name = x[1].replace(/^(?:其中|主要用于|用于|包括|为|及|和|是)/, '');
        const exact = ctx.catalog.search(name, { year, limit: 20 }).filter((e) => e.scheme === 'functional' && normalizeName(e.name) === normalizeName(name));
        if (!exact.length || exact.some((e) => e.level === '类')) continue;
        const lv = exact[0].level;
        const start = s.flatAt(x.index + x[1].length - name.length);
        const span = { start, end: s.flatAt(x.index + x[0].length - 1) + 1 };
        ctx.report('level', span, { name, level: lv, levelEn: lv === '款' ? 'kuan' : 'xiang' });
      }
    }
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

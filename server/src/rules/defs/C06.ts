import { defineRule } from '../types';

export default defineRule({
  id: 'C06',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '细化程度：功能分类公开到项级（7 位），基本支出经济分类公开到款级（5 位）',
    en: 'Level of detail: function codes down to 项 (7 digits), basic expenditure economic codes down to 款 (5 digits)',
  },
  messages: {
    detail: {
      'zh-CN': '{table}中科目 {code} {label} 未细化到{level}',
      en: '{table}: {code} {label} is not broken down to {levelEn}',
    },
  },
  check(ctx) {
    for (const t of ctx.model.tables) {
      const fn = ['T2', 'T3', 'T5', 'T7', 'T8'].includes(t.kind);
      const eco = t.kind === 'T6';
      if ((!fn && !eco) || t.empty) continue;
      const codes = t.rows.map((r) => r.code?.code).filter((c): c is string => !!c);
      for (const r of t.rows) {
        const c = r.code?.code;
        if (!c) continue;
        const needs = c.length === 3 ? 5 : fn && c.length === 5 ? 7 : 0;
        if (!needs) continue;
        if (codes.some((x) => x.length === needs && x.startsWith(c))) continue;
        ctx.report('detail', r.code!.span, {
          table: t.title || t.kind, code: c, label: r.label,
          level: needs === 7 ? '项级（7 位）' : '款级（5 位）', levelEn: needs === 7 ? '项 (7 digits)' : '款 (5 digits)',
        });
      }
    }
  },
});

import { isUnitSlip, stated } from '../narrative/common';
import { defineRule } from '../types';

const RATE = /人均|每人|每[月年天次台辆件个]|单价|标准|定额/;

export default defineRule({
  id: 'F02',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '同一部分说明的金额单位应一致（全部用元或全部用万元）',
    en: 'Amounts within one narrative section use one unit (all 元 or all 万元)',
  },
  messages: {
    mixed: {
      'zh-CN': '本部分金额以万元为主，“{label}” {stated} 却以元为单位',
      en: 'This section states amounts in 万元, but "{label}" {stated} is in 元',
    },
  },
  check(ctx) {
    const m = ctx.model;
    for (const topic of ['N2.income', 'N2.expense', 'N2.change', 'N3', 'N4', 'N6', 'N7'] as const) {
      const ss = m.sentences.filter((s) => s.topic === topic);
      const all = ss.flatMap((s) => s.amounts.map((a) => ({ s, a })));
      const wan = all.filter(({ a }) => a.unit === '万元' && !a.figure.value.isZero()).length;
      // A per-head rate or a standard ("人均定额增加1000元", "每人每月500元") is rightly in 元.
      const yuan = all.filter(({ s, a }) => a.unit === '元' && !a.figure.value.isZero() && !RATE.test(a.label) && !isUnitSlip(m, s, a));
      if (!wan || !yuan.length || yuan.length >= wan) continue;
      for (const { a } of yuan) ctx.report('mixed', a.unitSpan, { label: a.label, stated: stated(a) });
    }
  },
});

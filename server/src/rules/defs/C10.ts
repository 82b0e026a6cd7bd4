import { compact } from '../../util/text';
import { defineRule } from '../types';

const COUNTER = /^(?:次|个|人|辆|台|项|家|件|份|天|场|期|批|篇|条|套|册|户|%|％|元|万元)$/;

export default defineRule({
  id: 'C10',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '绩效指标值应具体量化，资金支出计划应填写完整',
    en: 'Every performance indicator value is concrete, and every spending-plan row is filled',
  },
  messages: {
    noNumber: {
      'zh-CN': '指标“{indicator}”的指标值只有单位“{value}”，没有数值',
      en: 'Indicator "{indicator}" has only the unit "{value}" and no number',
    },
    rateAsCount: {
      'zh-CN': '质量指标“{indicator}”是比率，指标值却是“{value}”',
      en: 'Quality indicator "{indicator}" is a rate but its value is "{value}"',
    },
    over100: {
      'zh-CN': '指标“{indicator}”的指标值“{value}”超出 100% 的上限，应为“100%”',
      en: 'Indicator "{indicator}" has the value "{value}"; a rate cannot exceed 100%, use "100%"',
    },
    planEmpty: {
      'zh-CN': '资金支出计划只有表头（{headers}），没有填写数值',
      en: 'The spending plan has headers ({headers}) but no values',
    },
    planExtra: {
      'zh-CN': '资金支出计划有 {values} 个数值，但只有 {count} 个表头（{headers}）',
      en: 'The spending plan has {values} values under {count} headers ({headers})',
    },
  },
  check(ctx) {
    for (const t of ctx.model.tables) {
      const p = t.performance;
      if (t.kind !== 'T12' || !p) continue;
      for (const i of p.indicators) {
        const v = compact(i.value.text);
        const indicator = i.level3 || i.description;
        if (!v) continue;
        if (COUNTER.test(v)) {
          ctx.report('noNumber', i.value.span, { indicator, value: v });
          continue;
        }
        const q = i.value.quantity;
        if (q && /质量/.test(i.level2) && /率$/.test(indicator) && q.unit !== '%' && /^(?:人|个|次|辆|台|项|家|件|份)$/.test(q.unit)) {
          ctx.report('rateAsCount', i.value.span, { indicator, value: v });
          continue;
        }
        if (q && q.unit === '%' && (q.op === '≥' || q.op === '>') && q.figure.value.gte(100)) {
          ctx.report('over100', i.value.span, { indicator, value: v }, {
            fixes: [{ span: i.value.span, newText: '100%', title: { 'zh-CN': '改为“100%”', en: 'Change to "100%"' } }],
          });
        }
      }
      const plan = p.plan;
      if (plan && plan.headers.length) {
        const headers = plan.headers.map((h) => compact(h.text)).join('、');
        if (!plan.values.length) ctx.report('planEmpty', plan.span, { headers });
        else if (plan.values.length > plan.headers.length)
          ctx.report('planExtra', plan.span, { values: plan.values.length, count: plan.headers.length, headers });
      }
    }
  },
});

import type { NarrativeAmount } from '../../model/types';
import { agree, amountVal, isUnitSlip, line1, sentencesOf, stated } from '../narrative/common';
import { currentYearSangong } from '../narrative/sangong';
import { defineRule } from '../types';

/** One item stated with two different amounts in the same section. */
export default defineRule({
  id: 'N17',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '同一部分中同一事项不应出现两个不同金额',
    en: 'One item is not stated with two different amounts in the same section',
  },
  messages: {
    twice: {
      'zh-CN': '“{label}”在本部分写作 {stated}，前文（第 {line} 行）写作 {first}',
      en: '"{label}" reads {stated} here but {first} earlier (line {line})',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const prior = new Set(currentYearSangong(m).prior);
    for (const topic of ['N2.income', 'N2.expense', 'N3', 'N4'] as const) {
      const seen = new Map<string, NarrativeAmount>();
      for (const s of sentencesOf(m, topic)) {
        if (prior.has(s)) continue;
        for (const a of s.amounts) {
          const key = a.label.replace(/^(?:我部门|我单位|本部门|本单位)/, '');
          if (key.length < 3 || /增加|减少|增长|下降|较|比|上年|去年|持平|其中/.test(key)) continue;
          // Generic heads ("支出", "（项）支出", "…预算支出") name no single item.
          if (/^[（(]|支出$|收入$|^预算|经费$/.test(key) && !/^(?:办公|印刷|邮电|差旅|培训|会议|公务接待|工会|福利|维修)/.test(key)) continue;
          const first = seen.get(key);
          const asWan = !!isUnitSlip(m, s, a);
          if (!first) {
            seen.set(key, a);
            continue;
          }
          if (agree(amountVal(first), amountVal(a, asWan)) || agree(amountVal(first, true), amountVal(a, asWan))) continue;
          ctx.report('twice', a.figure.span, { label: key, stated: stated(a), first: stated(first), line: line1(m, first.span.start) }, {
            related: [{ span: first.span, message: { 'zh-CN': `前文金额：${stated(first)}`, en: `Earlier amount: ${stated(first)}` } }],
          });
        }
      }
    }
  },
});

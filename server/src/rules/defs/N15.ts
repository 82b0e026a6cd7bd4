import { Decimal } from '../../util/decimal';
import type { NarrativePercent } from '../../model/types';
import { amountVal, percentCheck } from '../narrative/common';
import { segments, signOf } from '../narrative/changes';
import { defineRule } from '../types';

/** A sentence that opens by comparing with an earlier year ("与 2023 年度相比，…"). */
const LEADS_WITH_COMPARISON = /^(?:与|较|比|同比)\s*(?:上年|上一年|去年|\d{4}\s*年)/;
/** Words after an amount that break it down into the parts that follow. */
const BREAKDOWN = /^[，,]?(?:主要用于|其中|具体|包括|分别)/;

/** Percentages recomputed from the figures beside them: growth rates and shares. */
export default defineRule({
  id: 'N15',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '文中的增长率、占比应能由相邻金额重新算出（允许 ±0.01 个百分点）；零基数不能计算增长率',
    en: 'Growth rates and shares must follow from the amounts beside them (±0.01 percentage points); no growth rate from a zero base',
  },
  messages: {
    growth: {
      'zh-CN': '增减幅度 {stated}% 与金额算出的 {computed}% 不一致（上年 {prior}，增减 {change}）',
      en: 'Rate {stated}% differs from {computed}% computed from the amounts (prior {prior}, change {change})',
    },
    share: {
      'zh-CN': '占比 {stated}% 与 {part} ÷ {total} = {computed}% 不一致',
      en: 'Share {stated}% differs from {part} ÷ {total} = {computed}%',
    },
    zeroBase: {
      'zh-CN': '上年数为 0，无法计算增长率，不应写“{stated}%”',
      en: 'The prior-year figure is 0, so no growth rate can be stated ("{stated}%")',
    },
  },
  check(ctx) {
    const m = ctx.model;
    m.sentences.forEach((s, i) => {
      if (!s.percents.length || !s.amounts.length) return;
      // "…总计 2995.39 万元。与上年相比减少 56.95 万元，下降 1.87%": the current figure is the one amount of the
      // sentence before, when this one opens with the comparison.
      const before = i > 0 ? m.sentences[i - 1] : undefined;
      const carried = before && before.amounts.length === 1 && before.topic === s.topic && LEADS_WITH_COMPARISON.test(s.text);
      const segs = segments(m, carried ? [before, s] : [s]);
      for (const p of s.percents) {
        if (m.text.slice(p.figure.span.end, p.span.end).includes('个百分点')) continue;
        const prevSeg = [...segs].reverse().find((g) => g.a.span.end <= p.span.start);
        if (!prevSeg) continue;
        const between = m.text.slice(prevSeg.a.span.end, p.span.start);
        if (between.length > 20 || /[。；]/.test(between)) continue;
        const growth = /(增长|增加|上升|提高|下降|减少|降低)(?:了)?(?:幅度)?(?:为|达)?\s*$/.exec(between);
        if (growth) checkGrowth(p, segs.indexOf(prevSeg), signOf(growth[1]));
        else if (/占(?:[^，。；]{0,16}?)(?:的)?(?:比例|比重|比)?(?:为|达)?\s*$/.test(between)) checkShare(p, segs.indexOf(prevSeg));
      }
      function checkGrowth(p: NarrativePercent, idx: number, sign: number) {
        const g = segs[idx];
        // "较上年X万元增加Y万元，增长Z%": the change is the amount before the rate; the prior is before the change.
        if (!g.dir) return;
        const prior = idx > 0 ? segs[idx - 1] : undefined;
        let priorVal: Decimal | undefined;
        let priorHalf = new Decimal(0);
        if (prior && /(?:较|比|同比|相比|与)\s*(?:上年|上一年|去年|\d{4}\s*年)/.test(prior.before) && !prior.dir) {
          priorVal = amountVal(prior.a).value;
          priorHalf = amountVal(prior.a).half;
        } else if (prior && !prior.dir) {
          // current then change: prior = current − signed change.
          const cur = amountVal(prior.a);
          const ch = amountVal(g.a).value.times(g.dir.sign);
          priorVal = cur.value.minus(ch);
          priorHalf = cur.half.plus(amountVal(g.a).half);
        }
        if (!priorVal) return;
        const stated = `${p.figure.text}`;
        if (priorVal.isZero()) {
          ctx.report('zeroBase', p.span, { stated });
          return;
        }
        const { computed, off } = percentCheck(amountVal(g.a), { value: priorVal.abs(), half: priorHalf }, p.figure);
        void sign;
        if (off) {
          ctx.report('growth', p.span, { stated, computed: computed.toFixed(2), prior: `${priorVal.toFixed(2)}万元`, change: `${g.a.figure.text}${g.a.unit}` });
        }
      }
      function checkShare(p: NarrativePercent, idx: number) {
        const part = segs[idx];
        // The whole must be named as one: the nearest earlier total ("支出合计", "预算支出", "“三公”经费" …).
        // Or the sentence's first amount when a breakdown follows it ("支出 2940.05 万元，主要用于以下方面：…").
        const lead = BREAKDOWN.test(segs[0].after.replace(/\s+/g, '')) ? segs[0] : undefined;
        const total =
          segs
            .slice(0, idx)
            .reverse()
            .find((g) => /合计|总计|总额|共计|^(?:本年|全年|年度)?(?:预算)?(?:收入|支出)(?:预算)?$|三公/.test(g.a.label)) ?? lead;
        if (idx === 0 || !total) return;
        const tv = amountVal(total.a);
        if (tv.value.isZero()) return;
        const { computed, off } = percentCheck(amountVal(part.a), tv, p.figure);
        if (off) {
          ctx.report('share', p.span, { stated: p.figure.text, part: `${part.a.figure.text}${part.a.unit}`, total: `${total.a.figure.text}${total.a.unit}`, computed: computed.toFixed(2) });
        }
      }
    });
  },
});

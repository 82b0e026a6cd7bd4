import type { NarrativeAmount, NarrativePercent, Sentence } from '../../model/types';
import { Decimal, intervalDiv, intervalMid, intervalMinus, intervalOf, intervalScale, intervalsMeet, type Interval } from '../../util/decimal';
import { amountVal, flatBetween, percentCheck, replaceFix, unitFactor } from '../narrative/common';
import { segments, signOf } from '../narrative/changes';
import { defineRule, type RuleContext } from '../types';

/** A sentence that opens by comparing with an earlier year ("与 2023 年度相比，…"). */
const LEADS_WITH_COMPARISON = /^(?:与|较|比|同比)\s*(?:上年|上一年|去年|\d{4}\s*年)/;
/** Words after an amount that break it down into the parts that follow. */
const BREAKDOWN = /^[，,]?(?:主要用于|其中|具体|包括|分别)/;
/** The direction word right before a rate ("增长 10.06%", "减少了 13.22%", "增幅 2.94%"). */
const RATE_WORD = /(增长|增加|上升|提高|下降|减少|降低|增幅|降幅|减幅)(?:了)?(?:幅度)?(?:为|达|是)?\s*$/;
/**
 * "比2025年预算执行数增加17.62%", "较上年下降5%", "与上年相比增长3%": the comparison a rate closes, with the year
 * and the figure compared with (执行数, 决算数, 预算数).
 */
const COMPARED = /(?:比|较|与|同比)\s*(?:(\d{4})\s*年度?|上年度?|上一年度?|去年)?([^，。；,;%]{0,12}?)(?:相比)?[，,]?\s*(?:增长|增加|上升|提高|下降|减少|降低|增幅|降幅|减幅)(?:了)?(?:幅度)?(?:为|达|是)?\s*$/;

const HUNDRED = new Decimal(100);

/** Percentages recomputed from the figures beside them: growth rates and shares. */
export default defineRule({
  id: 'N15',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '文中的增长率、占比应能由相邻金额重新算出（按区间运算：每个数字 ± 其末位的半个单位）；零基数不能计算增长率；增减用词应与变化方向一致',
    en: 'Growth rates and shares must follow from the amounts beside them (interval arithmetic: each figure ± half a unit of its last digit); no growth rate from a zero base; the direction word must match the sign',
  },
  messages: {
    growth: {
      'zh-CN': '增减幅度 {stated}% 与金额算出的 {computed}% 不一致（上年 {prior}，增减 {change}）',
      en: 'Rate {stated}% differs from {computed}% computed from the amounts (prior {prior}, change {change})',
    },
    rate: {
      'zh-CN': '增减幅度 {stated}% 与 {prior} → {current} 算出的 {computed}% 不一致（按印刷精度可为 {lo}%～{hi}%）',
      en: 'Rate {stated}% differs from {computed}% computed from {prior} → {current} (the printed precision allows {lo}%–{hi}%)',
    },
    direction: {
      'zh-CN': '文中写“{word}{stated}%”，但由 {prior} 到 {current} 是{actual} {computed}%',
      en: 'The text says "{word} {stated}%", but from {prior} to {current} is {actualEn} of {computed}%',
    },
    share: {
      'zh-CN': '占比 {stated}% 与 {part} ÷ {total} = {computed}% 不一致',
      en: 'Share {stated}% differs from {part} ÷ {total} = {computed}%',
    },
    currentBase: {
      'zh-CN': '增减幅度 {stated}% 是以本年数 {current} 为基数算出的；应以上年数 {prior} 为基数：{computed}%',
      en: 'Rate {stated}% is computed on the current figure {current}; computed on the prior figure {prior} it is {computed}%',
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
      const carried = before && before.amounts.length === 1 && before.topic === s.topic && LEADS_WITH_COMPARISON.test(s.flat);
      const segs = segments(m, carried ? [before, s] : [s]);
      for (const p of s.percents) {
        if (flatBetween(s, p.figure.span.end, p.span.end).includes('个百分点')) continue;
        const prevSeg = [...segs].reverse().find((g) => g.a.span.end <= p.span.start);
        if (!prevSeg) continue;
        const between = flatBetween(s, Math.max(prevSeg.a.span.end, s.span.start), p.span.start);
        if (between.length > 40 || /[。；;]/.test(between)) continue;
        const growth = RATE_WORD.exec(between);
        if (growth && prevSeg.dir && between.length <= 20) checkGrowth(p, segs.indexOf(prevSeg), signOf(growth[1]));
        else if (growth) checkPairRate(ctx, s, p, signOf(growth[1]), growth[1]);
        else if (between.length <= 20 && /占(?:[^，。；]{0,16}?)(?:的)?(?:比例|比重|比)?(?:为|达)?\s*$/.test(between)) checkShare(p, segs.indexOf(prevSeg), namedBase(between));
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
      function checkShare(p: NarrativePercent, idx: number, named: RegExp | undefined) {
        const part = segs[idx];
        // The whole must be named as one: the nearest earlier total ("支出合计", "预算支出", "“三公”经费" …).
        // Or the sentence's first amount when a breakdown follows it ("支出 2940.05 万元，主要用于以下方面：…").
        // When the sentence names the base ("占“三公”经费的"), only an amount of that name is the whole: the 三公
        // total, not 三公 + 会议费 + 培训费.
        const lead = BREAKDOWN.test(segs[0].after.replace(/\s+/g, '')) ? segs[0] : undefined;
        const candidates = segs.slice(0, idx).reverse();
        const total = named
          ? candidates.find((g) => named.test(g.before.split(/[，,；;：:]/).pop() ?? '') || named.test(g.a.label))
          : (candidates.find((g) => /合计|总计|总额|共计|^(?:本年|全年|年度)?(?:预算)?(?:收入|支出)(?:预算)?$|三公/.test(g.a.label)) ?? lead);
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

/**
 * The base a share names ("占“三公”经费的", "占支出总额的", "占本年收入合计的"), as a test of the words before a
 * candidate whole; undefined when the share names none ("占 62.15%", "占比").
 */
function namedBase(between: string): RegExp | undefined {
  const m = /占([^，。；]{0,16}?)(?:的)?(?:比例|比重|比)?(?:为|达)?\s*$/.exec(between);
  const name = (m?.[1] ?? '').replace(/[“”"'‘’\s]/g, '').replace(/的$/, '');
  if (!name) return undefined;
  if (/三公/.test(name)) return /三公(?!.{0,12}(?:会议|培训))/;
  if (/收入/.test(name)) return /收入/;
  if (/支出|经费|总额/.test(name)) return new RegExp(name.replace(/(?:总额|合计|总计)$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&') || '支出');
  return undefined;
}

/** The year written right before an amount ("2025年当年预算执行数为 X", "2026年预算安排 X"), within its own clause. */
function yearOf(s: Sentence, a: NarrativeAmount, prevEnd: number): number | undefined {
  let found: number | undefined;
  for (const y of s.years) if (y.span.start >= prevEnd && y.span.end <= a.figure.span.start) found = y.value;
  return found;
}

/**
 * "2025年当年预算执行数为 11.67 万元，2026年预算安排 45.41 万元，比2025年预算执行数增加 314.82%": a rate closing a
 * comparison of two amounts of its sentence, with no change amount. The figure compared with is the one whose
 * year or wording the comparison names (执行数, 上年); the current one is the other. Each figure is an interval
 * (± half a unit of its last digit), so is the rate computed from them and the rate printed: only intervals that
 * cannot meet are an error.
 */
function checkPairRate(ctx: RuleContext, s: Sentence, p: NarrativePercent, sign: number, word: string): void {
  const flatTo = s.flat.slice(0, s.flatIndex(p.span.start));
  const c = COMPARED.exec(flatTo);
  if (!c) return;
  const comparedYear = c[1] ? Number.parseInt(c[1], 10) : undefined;
  const comparedWhat = c[2] ?? '';
  // The amounts of the sentence before the rate, each with the year and words before it.
  const list: Array<{ a: NarrativeAmount; year?: number; words: string }> = [];
  let prevEnd = s.span.start;
  for (const a of s.amounts) {
    if (a.span.end > p.span.start) break;
    const words = flatBetween(s, prevEnd, a.figure.span.start);
    const y = yearOf(s, a, prevEnd);
    list.push(y === undefined ? { a, words } : { a, year: y, words });
    prevEnd = a.span.end;
  }
  // Only the last clause-run of the comparison: "执行数为 A，预算安排 B，比…增加 r%" (a change amount means N15's other form).
  const tail = list.slice(-2);
  if (tail.length < 2 || tail.some((x) => /(增加|增长|减少|下降|上升|降低)$/.test(x.words.trim()))) return;
  const priorWords = /执行|决算|上年|上一年|去年|实际/;
  const isPrior = (x: { year?: number; words: string }) =>
    (comparedYear !== undefined && x.year === comparedYear) || (comparedYear === undefined && /上年|上一年|去年/.test(x.words)) || (/执行/.test(comparedWhat) && /执行/.test(x.words));
  const [x0, x1] = tail;
  let prior: typeof x0;
  let current: typeof x0;
  if (isPrior(x0) && !isPrior(x1)) [prior, current] = [x0, x1];
  else if (isPrior(x1) && !isPrior(x0)) [prior, current] = [x1, x0];
  else if (x0.year !== undefined && x1.year !== undefined && x0.year !== x1.year) {
    // Two years, the comparison names a third (a wrong year, N16's finding): the earlier year is the prior.
    [prior, current] = x0.year < x1.year ? [x0, x1] : [x1, x0];
  } else if (priorWords.test(x0.words) && !priorWords.test(x1.words)) [prior, current] = [x0, x1];
  else return;
  const pi = intervalOf(prior.a.figure, unitFactor(prior.a.unit));
  const ci = intervalOf(current.a.figure, unitFactor(current.a.unit));
  const stated = p.figure.text;
  if (pi.lo.lte(0) && pi.hi.gte(0)) {
    // A prior printed 0: no rate exists (a prior of 0.001 printed "0.00" is still no base to state a rate on).
    if (prior.a.figure.value.isZero()) ctx.report('zeroBase', p.span, { stated });
    return;
  }
  const q = intervalDiv(intervalMinus(ci, pi), pi);
  if (!q) return;
  const computed = intervalScale(q, HUNDRED);
  const printed = intervalOf(p.figure);
  const signedStated: Interval = sign < 0 ? { lo: printed.hi.negated(), hi: printed.lo.negated() } : printed;
  if (intervalsMeet(computed, signedStated)) return;
  const show = (a: NarrativeAmount) => `${a.figure.text}${a.unit}`;
  const mid = intervalMid(computed);
  const decimals = Math.max(2, p.figure.decimals);
  // (current − prior) ÷ current: the rate computed on the wrong year.
  const onCurrent = ci.lo.lte(0) && ci.hi.gte(0) ? undefined : intervalDiv(intervalMinus(ci, pi), ci);
  if (onCurrent && intervalsMeet(intervalScale(onCurrent, HUNDRED), signedStated)) {
    ctx.report('currentBase', p.span, { stated, prior: show(prior.a), current: show(current.a), computed: mid.abs().toFixed(decimals) }, {
      fixes: (sign > 0) === mid.gt(0) ? [replaceFix(p.figure.span, mid.abs().toFixed(decimals))] : [],
    });
    return;
  }
  // The direction word says the opposite of what the figures do.
  if ((sign > 0 && computed.hi.lt(0)) || (sign < 0 && computed.lo.gt(0))) {
    ctx.report('direction', p.span, {
      word,
      stated,
      prior: show(prior.a),
      current: show(current.a),
      actual: mid.lt(0) ? '减少' : '增加',
      actualEn: mid.lt(0) ? 'a fall' : 'a rise',
      computed: mid.abs().toFixed(decimals),
    });
    return;
  }
  ctx.report(
    'rate',
    p.span,
    {
      stated,
      prior: show(prior.a),
      current: show(current.a),
      computed: mid.abs().toFixed(decimals),
      lo: computed.lo.toFixed(decimals + 1),
      hi: computed.hi.toFixed(decimals + 1),
    },
    { fixes: [replaceFix(p.figure.span, mid.abs().toFixed(decimals))], data: { computedLo: computed.lo.toString(), computedHi: computed.hi.toString() } },
  );
}

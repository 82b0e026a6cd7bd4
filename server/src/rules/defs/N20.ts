import type { NarrativeAmount, Sentence } from '../../model/types';
import { amountVal, flatBetween, percentCheck } from '../narrative/common';
import { defineRule } from '../types';

/** "决算数小于预算数", "决算数大于全年预算数", "决算数等于年初预算数". */
const COMPARISON = /决算数?(大于|高于|小于|低于|等于)(?:全年|年初|调整)?预算数?/;
/** What a figure is, from the words right before it: "年初预算为", "全年预算数为"; "支出决算为", "决算数为". */
const BUDGET_BEFORE = /预算数?(?:为|是)?$/;
const FINAL_BEFORE = /决算数?(?:为|是)?$/;
const RATE_AFTER = /^完成(?:全年|年初|调整)?预算的$/;

interface Pair {
  readonly budget: NarrativeAmount;
  readonly final: NarrativeAmount;
}

/**
 * 决算 explanations state a budget and an outturn and compare them in words: "年初预算为 80.81 万元，支出决算为
 * 80.38 万元。决算数小于预算数的主要原因……", often with "完成年初预算的 98.20%". The word must match the figures,
 * and the completion rate must be the outturn over the budget.
 */
export default defineRule({
  id: 'N20',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '决算说明中“决算数大于/小于/等于预算数”应与所列预算数、决算数一致，完成预算的百分比应等于决算数 ÷ 预算数',
    en: 'In 决算 explanations, "决算数 greater/less than/equal to 预算数" must match the stated budget and outturn, and the completion rate must be outturn ÷ budget',
  },
  messages: {
    word: {
      'zh-CN': '文中写“决算数{word}预算数”，但决算 {final} 与预算 {budget} 相比为{actual}',
      en: 'The text says the outturn is {wordEn} the budget, but outturn {final} against budget {budget} is {actualEn}',
    },
    zeroBase: {
      'zh-CN': '{base}为 0，没有完成比例可言，不应写“{stated}%”',
      en: 'The {baseEn} is 0, so there is no completion rate to state ("{stated}%")',
    },
    rate: {
      'zh-CN': '完成预算 {stated}% 与 {final} ÷ {budget} = {computed}% 不一致',
      en: 'Completion {stated}% differs from {final} ÷ {budget} = {computed}%',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const before = (a: NarrativeAmount) => m.text.slice(Math.max(0, a.figure.span.start - 12), a.figure.span.start).replace(/\s+/g, '');
    const pairIn = (s: Sentence | undefined, until = Infinity): Pair | undefined => {
      if (!s) return undefined;
      let budget: NarrativeAmount | undefined;
      let pair: Pair | undefined;
      for (const a of s.amounts) {
        if (a.span.start >= until) break;
        if (BUDGET_BEFORE.test(before(a))) budget = a;
        else if (budget && FINAL_BEFORE.test(before(a)) && a.unit === budget.unit) pair = { budget, final: a };
      }
      return pair;
    };
    const show = (a: NarrativeAmount) => `${a.figure.text}${a.unit}`;
    m.sentences.forEach((s, i) => {
      // The completion rate, in the sentence that states the pair.
      const own = pairIn(s);
      if (own) {
        for (const p of s.percents) {
          if (p.span.start < own.final.span.end) continue;
          const words = flatBetween(s, own.final.span.end, p.span.start).replace(/\s+/g, '').replace(/^[，,]/, '');
          if (!RATE_AFTER.test(words)) continue;
          // "完成年初预算的": the base is the budget the words name (年初 / 全年 / 调整), when the sentence states it.
          const named = /年初|全年|调整/.exec(words)?.[0];
          const base = (named && s.amounts.find((a) => a !== own.final && a.span.end <= own.final.span.start && flatBetween(s, a.figure.span.start - 12, a.figure.span.start).includes(`${named}预算`))) || own.budget;
          if (base.figure.value.isZero()) {
            ctx.report('zeroBase', p.span, { stated: p.figure.text, base: `${named ?? ''}预算`, baseEn: named ? `${named} budget` : 'budget' }, { severity: 'warning' });
            continue;
          }
          const b = amountVal(base);
          const { computed, off } = percentCheck(amountVal(own.final), b, p.figure);
          if (off) {
            ctx.report('rate', p.span, { stated: p.figure.text, final: show(own.final), budget: show(base), computed: computed.toFixed(2) });
          }
        }
      }
      // The comparison word, against the pair before it: in its own sentence, or the one before in the same paragraph.
      const c = COMPARISON.exec(s.flat);
      if (!c) return;
      const at = s.flatAt(c.index);
      const pair = pairIn(s, at) ?? (i > 0 && s.topic === m.sentences[i - 1].topic ? pairIn(m.sentences[i - 1]) : undefined);
      if (!pair) return;
      const diff = amountVal(pair.final).value.minus(amountVal(pair.budget).value);
      const actual = diff.isZero() ? 0 : diff.gt(0) ? 1 : -1;
      const word = c[1];
      const said = word === '等于' ? 0 : word === '大于' || word === '高于' ? 1 : -1;
      if (actual === said) return;
      const wi = c.index + c[0].indexOf(word);
      ctx.report('word', { start: s.flatAt(wi), end: s.flatAt(wi + word.length - 1) + 1 }, {
        word,
        wordEn: said === 0 ? 'equal to' : said > 0 ? 'greater than' : 'less than',
        final: show(pair.final),
        budget: show(pair.budget),
        actual: actual === 0 ? '相等' : actual > 0 ? '大于' : '小于',
        actualEn: actual === 0 ? 'equal' : actual > 0 ? 'greater' : 'less',
      });
    });
  },
});

import type { NarrativeAmount, Sentence } from '../../model/types';
import { intervalOf, intervalsMeet } from '../../util/decimal';
import { documentYear, flatBetween, line1, unitFactor } from '../narrative/common';
import { defineRule, type RuleContext } from '../types';

/** "“…住房公积金（项）”350.35万元", "公共安全支出（204类）司法（06款）其他司法支出（99项）3845.49万元": an item's amount. */
const ITEM_BEFORE = /(?:[（(][^（）()]{0,6}项[）)]|项目?[”"」])\s*[”"」]?\s*(?:科目)?\s*(?:为|安排)?\s*$/;
/** "2024年预算安排 X", "2026年度预算 X", "本年预算安排 X": the same year's budget of the item, said again. */
const BUDGET_AGAIN = /(?:(\d{4})\s*年度?|本年度?)\s*(?:预算安排|预算数|预算|安排)\s*(?:为|是)?\s*$/;
/** "收入预算总计 X", "收支总预算 X", "支出总计 X": a side's total. */
const TOTAL_LABEL = /(收入|支出|收支).{0,8}(?:总计|总预算|合计)|(?:总计|总预算|合计).{0,4}(收入|支出)/;

/**
 * The same quantity stated twice with different amounts: an item's amount and its budget said again in the same
 * paragraph ("…（项）”350.35万元 … 2024年预算安排352.67万元"); the change of one total stated differently in
 * two places (收入总计 and 支出总计 of a balanced budget are one figure, and so are their changes).
 * Two printings agree when their intervals (± half a unit of the last digit) meet.
 */
export default defineRule({
  id: 'N22',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '同一数额在文中出现两次时应一致：科目金额与同段“本年预算安排”、收入总计与支出总计的增减额',
    en: 'A quantity stated twice must agree: an item amount and its budget restated in the same paragraph, the change of the income and of the expenditure total',
  },
  messages: {
    item: {
      'zh-CN': '同一科目在本段写了两个金额：{first}（第 {line} 行）与“{label}”{second}',
      en: 'The same item has two amounts in this paragraph: {first} (line {line}) and {second} ("{label}")',
    },
    change: {
      'zh-CN': '同一总额 {total} 的比上年增减额前后不一：此处 {second}，第 {line} 行为 {first}',
      en: 'The change of the same total {total} is stated differently: {second} here, {first} on line {line}',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const year = documentYear(m);
    checkItems(ctx, m.sentences, year);
    checkTotals(ctx, m.sentences);
  },
});

const show = (a: NarrativeAmount) => `${a.figure.text}${a.unit}`;
const interval = (a: NarrativeAmount) => intervalOf(a.figure, unitFactor(a.unit));

function checkItems(ctx: RuleContext, sentences: readonly Sentence[], year: number | undefined): void {
  let item: { a: NarrativeAmount; at: number } | undefined;
  sentences.forEach((s, i) => {
    let prevEnd = s.span.start;
    for (const a of s.amounts) {
      const words = flatBetween(s, prevEnd, a.figure.span.start);
      prevEnd = a.span.end;
      if (ITEM_BEFORE.test(words)) {
        item = { a, at: i };
        continue;
      }
      // The item's paragraph: its sentence and the three after it, up to the next item.
      if (!item || i - item.at > 3) continue;
      const b = BUDGET_AGAIN.exec(words);
      if (!b || (b[1] && year !== undefined && Number.parseInt(b[1], 10) !== year) || (b[1] && year === undefined)) continue;
      if (intervalsMeet(interval(item.a), interval(a))) continue;
      ctx.report(
        'item',
        a.figure.span,
        { first: show(item.a), line: line1(ctx.model, item.a.span.start), label: words.replace(/^[，,。；\s]+/, '').replace(/(?:为|是)$/, ''), second: show(a) },
        { related: [{ span: item.a.span, message: { 'zh-CN': `科目金额 ${show(item.a)}`, en: `Item amount ${show(item.a)}` } }] },
      );
    }
  });
}

function checkTotals(ctx: RuleContext, sentences: readonly Sentence[]): void {
  // Every total with the change stated right after it ("收入预算总计 X 万元，比上年增加 Y 万元"), by the total's value:
  // a balanced budget's income and expenditure totals are one figure in both years, so are their changes.
  const byTotal = new Map<string, Array<{ total: NarrativeAmount; change: NarrativeAmount; sign: number }>>();
  for (const s of sentences) {
    for (let k = 0; k + 1 < s.amounts.length; k++) {
      const t = s.amounts[k];
      const c = s.amounts[k + 1];
      // The words before the total as written ("2024年收入预算总计"; the amount's label drops 总计).
      const words = flatBetween(s, k > 0 ? s.amounts[k - 1].span.end : s.span.start, t.figure.span.start).split(/[，,；;：:]/).pop() ?? '';
      if (!TOTAL_LABEL.test(words)) continue;
      const between = flatBetween(s, t.span.end, c.figure.span.start);
      const d = /^[，,]?\s*(?:比|较|与)(?:上年|上一年|去年|\d{4}\s*年)[^，。；\d]{0,12}?(增加|减少)\s*$/.exec(between);
      if (!d) continue;
      const key = t.figure.value.times(unitFactor(t.unit)).toString();
      const list = byTotal.get(key) ?? [];
      list.push({ total: t, change: c, sign: d[1] === '增加' ? 1 : -1 });
      byTotal.set(key, list);
    }
  }
  for (const list of byTotal.values()) {
    if (list.length < 2) continue;
    // The change most of the statements give is the reference; the others are flagged.
    const agreeing = (x: (typeof list)[number]) => list.filter((y) => y.sign === x.sign && intervalsMeet(interval(x.change), interval(y.change))).length;
    const ref = [...list].sort((x, y) => agreeing(y) - agreeing(x))[0];
    for (const x of list) {
      if (x.sign === ref.sign && intervalsMeet(interval(x.change), interval(ref.change))) continue;
      ctx.report(
        'change',
        x.change.figure.span,
        { total: show(x.total), first: show(ref.change), line: line1(ctx.model, ref.change.span.start), second: show(x.change) },
        { related: [{ span: ref.change.span, message: { 'zh-CN': `另一处增减额 ${show(ref.change)}`, en: `The change stated elsewhere: ${show(ref.change)}` } }] },
      );
    }
  }
}

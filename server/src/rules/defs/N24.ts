import type { NarrativeAmount, Sentence } from '../../model/types';
import { intervalOf, type Interval } from '../../util/decimal';
import { documentYear, flatBetween, line1, unitFactor } from '../narrative/common';
import { defineRule } from '../types';

/**
 * Totals and the parts they hold, as the text names them: a 总计 holds its year's 合计 (总计 = 合计 + 结转), a 合计
 * holds each source and each kind of spending, and the 财政拨款 total holds the year's 财政拨款收入. Whatever the
 * tables say, a total the text states cannot be smaller than a part the text states.
 */
const RELATIONS: Array<{ total: RegExp; part: RegExp }> = [
  { total: /财政拨款(?:收入支出|收支)(?:预算|决算)?总计$/, part: /^(?:本年)?财政拨款(?:收入)?(?:预算|决算)?$/ },
  { total: /财政拨款收入(?:预算|决算)?总计$/, part: /^(?:本年)?财政拨款(?:收入)?(?:预算|决算)?$/ },
  { total: /(?:^|[^款])(?:收入支出|收支|收入)(?:预算|决算)?总计$/, part: /^本年收入(?:预算|决算)?合计$/ },
  { total: /(?:^|[^款])支出(?:预算|决算)?总计$/, part: /^本年支出(?:预算|决算)?合计$/ },
  { total: /^本年收入(?:预算|决算)?合计$/, part: /^(?:本年)?财政拨款(?:收入)?(?:预算|决算)?$/ },
  { total: /^本年支出(?:预算|决算)?合计$/, part: /^(?:基本支出|项目支出)$/ },
];

/** A clause about another year, or about a change, states no part of this year's total. */
const NOT_THIS_YEAR = /上年|上一年|去年|同期|比|较|增加|减少|增长|下降|变动|结转|结余/;

interface Stated {
  readonly words: string;
  readonly amount: NarrativeAmount;
  readonly iv: Interval;
}

/** The words each amount of a sentence belongs to: the clause before it, up to the previous amount. */
function statedIn(s: Sentence, year: number | undefined): Stated[] {
  const out: Stated[] = [];
  let prevEnd = s.span.start;
  for (const a of s.amounts) {
    const clause = flatBetween(s, prevEnd, a.figure.span.start).split(/[，,；;：:。、（）()“”]/).pop() ?? '';
    prevEnd = a.span.end;
    const years = [...clause.matchAll(/(\d{4})年/g)].map((m) => Number.parseInt(m[1], 10));
    if (NOT_THIS_YEAR.test(clause) || (year !== undefined && years.some((y) => y !== year))) continue;
    const words = clause.replace(/^.*?\d{4}年度?/, '').replace(/(?:为|是|共|达|共计|合计为)$/, '').replace(/^(?:其中|包括)/, '');
    if (!words) continue;
    out.push({ words, amount: a, iv: intervalOf(a.figure, unitFactor(a.unit)) });
  }
  return out;
}

export default defineRule({
  id: 'N24',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '文中写出的总计、合计不应小于文中写出的其组成部分（如财政拨款收入支出总计不小于财政拨款收入，支出总计不小于本年支出合计）',
    en: 'A total the text states must not be smaller than a part of it the text states (e.g. 财政拨款收入支出总计 at least 财政拨款收入, 支出总计 at least 本年支出合计)',
  },
  messages: {
    smaller: {
      'zh-CN': '文中“{total}”{stated} 小于同一文件第 {line} 行的“{part}”{partStated}：总计不应小于其组成部分',
      en: '"{total}" {stated} is smaller than "{part}" {partStated} stated at line {line}: a total cannot be smaller than its part',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const year = documentYear(m);
    const stated: Stated[] = [];
    for (const s of m.sentences) if (s.topic !== 'TOC') stated.push(...statedIn(s, year));
    if (stated.length < 2) return;
    for (const t of stated) {
      for (const rel of RELATIONS) {
        if (!rel.total.test(t.words)) continue;
        // The largest part stated: the total must reach it (intervals: even its largest reading is below).
        let worst: Stated | undefined;
        for (const p of stated) {
          if (p === t || !rel.part.test(p.words)) continue;
          if (t.iv.hi.lt(p.iv.lo) && (!worst || p.iv.lo.gt(worst.iv.lo))) worst = p;
        }
        if (!worst) continue;
        ctx.report(
          'smaller',
          t.amount.figure.span,
          {
            total: t.words,
            stated: `${t.amount.figure.text}${t.amount.unit}`,
            part: worst.words,
            partStated: `${worst.amount.figure.text}${worst.amount.unit}`,
            line: line1(m, worst.amount.figure.span.start),
          },
          { related: [{ span: worst.amount.span, message: { 'zh-CN': `${worst.words}：${worst.amount.figure.text}${worst.amount.unit}`, en: `${worst.words}: ${worst.amount.figure.text} ${worst.amount.unit}` } }] },
        );
        break;
      }
    }
  },
});

import type { DisclosureModel, NarrativeAmount, Sentence } from '../../model/types';
import { Decimal } from '../../util/decimal';
import { flatBetween } from './common';

export type Dir = 1 | -1 | 0;

export interface Seg {
  readonly a: NarrativeAmount;
  readonly s: Sentence;
  /** Text from the previous amount (or the sentence start) to this figure. */
  readonly before: string;
  /** Text from this amount to the next amount (or the sentence end). */
  readonly after: string;
  /** The direction word right before the figure ("增加377.05万元"), if any. */
  readonly dir?: { sign: Dir; word: string; start: number; end: number };
}

const DIR_AT_END = /(增加|增长|上升|提高|减少|下降|降低|节约|压减)(?:了)?\s*$/;

export function signOf(word: string): Dir {
  if (/增加|增长|上升|提高/.test(word)) return 1;
  if (/减少|下降|降低|节约|压减/.test(word)) return -1;
  return 0;
}

/** The amounts of some sentences with the text around each. */
export function segments(_model: DisclosureModel, sentences: readonly Sentence[]): Seg[] {
  const out: Seg[] = [];
  for (const s of sentences) {
    let prevEnd = s.span.start;
    s.amounts.forEach((a, i) => {
      const before = flatBetween(s, prevEnd, a.figure.span.start);
      const nextStart = i + 1 < s.amounts.length ? s.amounts[i + 1].figure.span.start : s.span.end;
      const after = flatBetween(s, a.span.end, nextStart);
      const d = DIR_AT_END.exec(before);
      const dir = d
        ? {
            sign: signOf(d[1]),
            word: d[1],
            start: s.flatAt(s.flatIndex(Math.max(prevEnd, s.span.start)) + d.index),
            end: s.flatAt(s.flatIndex(Math.max(prevEnd, s.span.start)) + d.index + d[1].length - 1) + 1,
          }
        : undefined;
      out.push({ a, s, before, after, ...(dir ? { dir } : {}) });
      prevEnd = a.span.end;
    });
  }
  return out;
}

const COMPARE = /(?:较|比|同比|相比|与)\s*(?:上年|上一年|去年|\d{4}\s*年)/;

/** Current, prior, total change and 基本/项目 component changes of a 比上年增减 paragraph. */
export interface ChangeStatement {
  current?: Seg;
  prior?: Seg;
  change?: Seg;
  basic?: Seg;
  project?: Seg;
}

export function readChange(segs: readonly Seg[]): ChangeStatement {
  const out: ChangeStatement = {};
  segs.forEach((g, i) => {
    const next = segs[i + 1];
    if (g.dir) {
      if (/基本支出/.test(g.a.label)) out.basic ??= g;
      else if (/项目支出/.test(g.a.label)) out.project ??= g;
      else if (!out.change && !out.basic && !out.project) out.change = g;
      return;
    }
    if (COMPARE.test(g.before) && next && next.s === g.s && next.dir && /^\s*(?:的)?(?:预算|预算数|支出|预算支出)?\s*(?:相比)?\s*(增加|增长|上升|提高|减少|下降|降低)/.test(next.before)) {
      out.prior ??= g;
      return;
    }
    if (!out.current && !out.change && !out.prior) out.current = g;
  });
  return out;
}

export function signed(g: Seg, v: Decimal): Decimal {
  return g.dir?.sign === -1 ? v.negated() : v;
}

import type { Fix, Related, RuleContext } from './types';
import { Decimal } from '../util/decimal';
import { quoted, type Localized } from '../util/i18n';
import type { Span } from '../util/span';
import type { Identity, Term } from '../reconcile/types';

/** Messages shared by every identity rule: {label} {stated} ≠ {what} {computed} (diff), then what the identity says. */
export const IDENTITY_MESSAGES: Readonly<Record<string, Localized>> = {
  sum: {
    'zh-CN': '“{label}”{stated}{unitZh} ≠ {whatZh} {computed}{unitZh}（差 {diff}{unitZh}）。{descZh}',
    en: '“{label}” {stated}{unitEn} ≠ {whatEn} {computed}{unitEn} (difference {diff}{unitEn}). {descEn}',
  },
  atLeast: {
    'zh-CN': '“{label}”{stated}{unitZh} 小于 {whatZh} {computed}{unitZh}（差 {diff}{unitZh}）。{descZh}',
    en: '“{label}” {stated}{unitEn} is less than {whatEn} {computed}{unitEn} (difference {diff}{unitEn}). {descEn}',
  },
};

/**
 * One rounding gap, stated once per pair of figures (a total and the sum of its parts) however many columns and
 * tables repeat it; the tolerance is said as the user can check it, by the printed precision of each figure.
 */
export const ROUNDING_MESSAGES: Readonly<Record<string, Localized>> = {
  rounding: {
    'zh-CN': '“{label}”{stated}{unitZh} 与{whatZh} {computed}{unitZh} 相差 {diff}{unitZh}，在印出精度（{precisionZh}）的四舍五入范围内，可视为尾差。{descZh}。{othersZh}',
    en: '“{label}” {stated}{unitEn} differs from {whatEn} {computed}{unitEn} by {diff}{unitEn}, within what rounding at the printed precision explains ({precisionEn}): a rounding difference. {descEn}.{othersEn}',
  },
};

/** A value as the documents print it: two decimals, more when the value needs them (up to four). */
export function show(v: Decimal): string {
  const dp = v.decimalPlaces();
  return v.toFixed(Math.min(Math.max(dp, 2), 4));
}

function key(s: Span): string {
  return `${s.start}:${s.end}`;
}

/** How many broken identities each printed figure takes part in. */
function brokenCounts(ids: readonly Identity[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const id of ids) {
    if (id.status !== 'broken') continue;
    const seen = new Set<string>();
    for (const t of [id.total, ...id.parts]) {
      const k = key(t.span);
      if (seen.has(k)) continue;
      seen.add(k);
      m.set(k, (m.get(k) ?? 0) + 1);
    }
  }
  return m;
}

/**
 * The figure most likely wrong: the total, unless one printed part takes part in more broken identities than the
 * total does (then that part disagrees with another table or row, and the total is probably right).
 */
export function blame(id: Identity, counts: Map<string, number>): Term {
  const score = (t: Term) => (t.figure ? counts.get(key(t.span)) ?? 0 : -1);
  let best: Term = id.total;
  let bestScore = id.total.figure ? score(id.total) : -1;
  const totalScore = bestScore;
  for (const p of id.parts) {
    const s = score(p);
    if (s > bestScore && s > totalScore) {
      best = p;
      bestScore = s;
    }
  }
  return best;
}

/** "501300.00" → "501,300.00". */
function withThousands(plain: string): string {
  const [int, frac] = plain.split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
}

/** A fix that prints `value` (in the identity's unit) in place of the figure of `term`, at its printed decimals or more. */
function fixFor(text: string, term: Term, value: Decimal, source: Localized): Fix | undefined {
  const f = term.figure;
  if (!f) return undefined;
  const scale = term.scale ?? new Decimal(1);
  if (scale.isZero()) return undefined;
  const raw = value.div(scale);
  if (raw.isNegative()) return undefined;
  // Keep the figure's own style: thousands separators stay when it prints them ("501,200" → "501,300"), and its
  // decimals, unless the value needs more: 95.50 for a figure printed as 96 (rounded to 96, the gap would stay).
  const need = raw.decimalPlaces();
  const plain = raw.toFixed(need > f.decimals ? Math.min(Math.max(need, 2), 4) : f.decimals);
  const newText = f.text.includes(',') ? withThousands(plain) : plain;
  const slice = text.slice(term.span.start, term.span.end);
  const at = slice.indexOf(f.text);
  if (at < 0) return undefined;
  const span = { start: term.span.start + at, end: term.span.start + at + f.text.length };
  if (newText === f.text) return undefined;
  return { span, newText, title: { 'zh-CN': `改为 ${newText}（${source['zh-CN']}）`, en: `Change to ${newText} (${source.en})` }, reason: source };
}

function related(id: Identity, except: Term): Related[] {
  const out: Related[] = [];
  for (const t of [id.total, ...id.parts]) {
    if (t === except) continue;
    const v = t.figure ? `${show(t.value)}${id.unit}` : '（空）';
    out.push({ span: t.span, message: { 'zh-CN': `${t.label}：${v}`, en: `${t.label}: ${t.figure ? `${show(t.value)} ${id.unit}` : '(blank)'}` } });
  }
  return out;
}

function args(id: Identity, shown: Term): Record<string, string> {
  const what: Localized = id.computedLabel ?? (id.parts.length === 1 ? { 'zh-CN': id.parts[0].label, en: id.parts[0].label } : { 'zh-CN': '明细合计', en: 'the sum of the parts' });
  const isTotal = shown === id.total;
  const unitZh = id.unit;
  return {
    label: id.total.label,
    stated: show(id.stated),
    computed: show(id.computed),
    diff: show(id.diff),
    allowance: show(id.allowance),
    whatZh: what['zh-CN'],
    whatEn: what.en,
    descZh: id.description['zh-CN'] + (isTotal ? '' : `（疑为${quoted(shown.label)}有误）`),
    descEn: id.description.en + (isTotal ? '' : ` (${quoted(shown.label)} looks wrong)`),
    unitZh,
    unitEn: ` ${id.unit}`,
    rule: id.ruleId,
  };
}

/** Reports every broken identity of `ruleId` on the figure most likely wrong, with a fix and the parts as related. */
export function reportBroken(ctx: RuleContext, ruleId: string, filter: (id: Identity) => boolean = () => true): void {
  const ids = ctx.recon.byRule(ruleId).filter((i) => i.status === 'broken' && filter(i));
  if (!ids.length) return;
  const counts = brokenCounts(ctx.recon.identities);
  for (const id of ids) {
    const target = blame(id, counts);
    const isTotal = target === id.total;
    // The value that would make the identity hold: the computed total, or the part adjusted by the gap.
    const wanted = isTotal ? id.computed : target.value.plus(id.diff);
    // Nothing to copy when the other side does not exist (a 类 missing from the other table).
    const what: Localized = id.computedLabel ?? (id.parts.length === 1 ? { 'zh-CN': id.parts[0].label, en: id.parts[0].label } : { 'zh-CN': '明细合计', en: 'the sum of the parts' });
    const source: Localized = isTotal
      ? what
      : { 'zh-CN': `与${quoted(id.total.label)} ${show(id.stated)} 相符`, en: `to match ${quoted(id.total.label)} ${show(id.stated)}` };
    const fix = id.parts.length ? fixFor(ctx.model.text, target, wanted, source) : undefined;
    ctx.report(id.kind === 'atLeast' ? 'atLeast' : 'sum', target.span, args(id, target), {
      related: related(id, target),
      fixes: fix ? [fix] : [],
      data: {
        identity: id.key,
        stated: show(id.stated),
        computed: show(id.computed),
        diff: show(id.diff),
        allowance: show(id.allowance),
        unit: id.unit,
      },
    });
  }
}

const WAN_UNITS: ReadonlyArray<readonly [string, Decimal]> = [['元', new Decimal('0.0001')], ['万元', new Decimal(1)], ['亿元', new Decimal(10000)]];

/** "0.01万元": the last printed digit of a term's figure, in the unit it was printed in. */
function stepOf(t: Term, unit: string): string | undefined {
  const f = t.figure;
  if (!f) return undefined;
  const step = new Decimal(10).pow(-f.decimals);
  const scale = t.scale ?? new Decimal(1);
  const own = WAN_UNITS.find(([u]) => u === unit)?.[1];
  const printedIn = own ? WAN_UNITS.find(([, k]) => k.eq(scale.times(own)))?.[0] : scale.eq(1) ? unit : undefined;
  // A figure multiplied by a count or rate: its precision in the identity's unit.
  if (!printedIn) return `${t.half.times(2).toString()}${unit}`;
  return `${step.toFixed(Math.max(0, f.decimals))}${printedIn}`;
}

/** The printed precision of the total and of the parts: "合计印至 0.01万元，明细印至 0.01万元". */
function precisionOf(id: Identity): Localized {
  const total = stepOf(id.total, id.unit);
  const partSteps = new Map<string, number>();
  for (const p of id.parts) {
    const s = stepOf(p, id.unit);
    if (s) partSteps.set(s, (partSteps.get(s) ?? 0) + 1);
  }
  const parts = [...partSteps.keys()];
  if (total && parts.length === 1 && parts[0] === total) {
    return { 'zh-CN': `各数均印至 ${total}`, en: `each figure printed to ${total}` };
  }
  const zh: string[] = [];
  const en: string[] = [];
  if (total) {
    zh.push(`合计印至 ${total}`);
    en.push(`the total printed to ${total}`);
  }
  if (parts.length) {
    zh.push(`明细印至 ${parts.join('、')}`);
    en.push(`the parts to ${parts.join(', ')}`);
  }
  return { 'zh-CN': zh.join('，'), en: en.join(', ') };
}

/**
 * Reports each rounding gap (a non-zero gap the printed precision explains) once, as a hint: the identities that
 * compare the same two figures (a total row repeated per column and per table: 1079.09 against 1079.08) are one
 * gap, reported on the first and listing the others as related information.
 */
export function reportRounding(ctx: RuleContext): void {
  const groups = new Map<string, Identity[]>();
  for (const id of ctx.recon.identities) {
    if (id.status !== 'rounding') continue;
    const k = `${id.unit}|${id.stated.toString()}|${id.computed.toString()}`;
    const g = groups.get(k);
    if (g) g.push(id);
    else groups.set(k, [id]);
  }
  for (const g of groups.values()) {
    g.sort((a, b) => a.total.span.start - b.total.span.start);
    const first = g[0];
    const seen = new Set<string>([key(first.total.span)]);
    const others: Related[] = [];
    for (const id of g.slice(1)) {
      if (seen.has(key(id.total.span))) continue;
      seen.add(key(id.total.span));
      others.push({
        span: id.total.span,
        message: {
          'zh-CN': `同一尾差：${id.total.label} ${show(id.stated)}${id.unit} 与${(id.computedLabel ?? { 'zh-CN': '明细合计' })['zh-CN']} ${show(id.computed)}${id.unit}`,
          en: `The same rounding gap: ${id.total.label} ${show(id.stated)} ${id.unit} against ${(id.computedLabel ?? { en: 'the sum of its parts' }).en} ${show(id.computed)} ${id.unit}`,
        },
      });
    }
    const a = args(first, first.total);
    const p = precisionOf(first);
    const n = others.length;
    ctx.report('rounding', first.total.span, {
      ...a,
      diff: show(first.diff.abs()),
      precisionZh: p['zh-CN'],
      precisionEn: p.en,
      othersZh: n ? `同一差额另有 ${n} 处（其他栏次或其他表的同一合计），见相关信息。` : '',
      othersEn: n ? ` The same gap recurs in ${n} more place${n === 1 ? '' : 's'} (other columns or tables repeating this total), listed as related information.` : '',
    }, {
      related: [...others, ...related(first, first.total)],
      severity: 'hint',
      data: {
        rule: first.ruleId,
        rules: [...new Set(g.map((i) => i.ruleId))].join(','),
        identity: first.key,
        stated: show(first.stated),
        computed: show(first.computed),
        diff: show(first.diff),
        allowance: show(first.allowance),
        unit: first.unit,
        places: String(n + 1),
      },
    });
  }
}

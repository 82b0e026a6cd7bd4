import type { Fix, Related, RuleContext } from './types';
import { Decimal } from '../util/decimal';
import type { Localized } from '../util/i18n';
import type { Span } from '../util/span';
import type { Identity, Term } from '../reconcile/types';

/** Messages shared by every identity rule: {label} {stated} ≠ {what} {computed} (diff), then what the identity says. */
export const IDENTITY_MESSAGES: Readonly<Record<string, Localized>> = {
  sum: {
    'zh-CN': '“{label}”{stated} ≠ {whatZh} {computed}（差 {diff}{unitZh}）。{descZh}',
    en: '“{label}” {stated} ≠ {whatEn} {computed} (difference {diff}{unitEn}). {descEn}',
  },
  atLeast: {
    'zh-CN': '“{label}”{stated} 小于 {whatZh} {computed}（差 {diff}{unitZh}）。{descZh}',
    en: '“{label}” {stated} is less than {whatEn} {computed} (difference {diff}{unitEn}). {descEn}',
  },
};

export const ROUNDING_MESSAGES: Readonly<Record<string, Localized>> = {
  rounding: {
    'zh-CN': '[{rule}] “{label}”{stated} 与 {whatZh} {computed} 相差 {diff}，在四舍五入允许范围（±{allowance}）内，可视为尾差。{descZh}',
    en: '[{rule}] “{label}” {stated} differs from {whatEn} {computed} by {diff}, within rounding (±{allowance}): a rounding difference. {descEn}',
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

/** A fix that prints `value` (in the identity's unit) in place of the figure of `term`, at its printed decimals. */
function fixFor(text: string, term: Term, value: Decimal): Fix | undefined {
  const f = term.figure;
  if (!f) return undefined;
  const scale = term.scale ?? new Decimal(1);
  if (scale.isZero()) return undefined;
  const raw = value.div(scale);
  if (raw.isNegative()) return undefined;
  // Keep the figure's own style: thousands separators stay when it prints them ("501,200" → "501,300").
  const plain = raw.toFixed(f.decimals);
  const newText = f.text.includes(',') ? withThousands(plain) : plain;
  const slice = text.slice(term.span.start, term.span.end);
  const at = slice.indexOf(f.text);
  if (at < 0) return undefined;
  const span = { start: term.span.start + at, end: term.span.start + at + f.text.length };
  if (newText === f.text) return undefined;
  return { span, newText, title: { 'zh-CN': `改为 ${newText}`, en: `Change to ${newText}` } };
}

function related(id: Identity, except: Term): Related[] {
  const out: Related[] = [];
  for (const t of [id.total, ...id.parts]) {
    if (t === except) continue;
    const v = t.figure ? show(t.value) : '（空）';
    out.push({ span: t.span, message: { 'zh-CN': `${t.label}：${v}`, en: `${t.label}: ${t.figure ? show(t.value) : '(blank)'}` } });
  }
  return out;
}

function args(id: Identity, shown: Term): Record<string, string> {
  const what: Localized = id.computedLabel ?? (id.parts.length === 1 ? { 'zh-CN': id.parts[0].label, en: id.parts[0].label } : { 'zh-CN': '明细合计', en: 'sum of parts' });
  const isTotal = shown === id.total;
  const unitZh = id.unit === '万元' ? '万元' : id.unit;
  return {
    label: id.total.label,
    stated: show(id.stated),
    computed: show(id.computed),
    diff: show(id.diff),
    allowance: show(id.allowance),
    whatZh: what['zh-CN'],
    whatEn: what.en,
    descZh: id.description['zh-CN'] + (isTotal ? '' : `（疑为“${shown.label}”有误）`),
    descEn: id.description.en + (isTotal ? '' : ` (“${shown.label}” looks wrong)`),
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
    const fix = id.parts.length ? fixFor(ctx.model.text, target, wanted) : undefined;
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

/** Reports every rounding gap (a non-zero gap the printed precision explains) as a hint. */
export function reportRounding(ctx: RuleContext): void {
  for (const id of ctx.recon.identities) {
    if (id.status !== 'rounding') continue;
    ctx.report('rounding', id.total.span, args(id, id.total), {
      related: related(id, id.total),
      severity: 'hint',
      data: { rule: id.ruleId, identity: id.key, stated: show(id.stated), computed: show(id.computed), diff: show(id.diff), allowance: show(id.allowance), unit: id.unit },
    });
  }
}

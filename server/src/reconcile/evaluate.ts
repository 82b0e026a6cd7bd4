import { Decimal } from '../util/decimal';
import type { Identity, IdentitySpec, IdentityStatus, Reconciliation, Term } from './types';

/**
 * Evaluates one identity with interval arithmetic. A printed figure p with d decimals stands for
 * [p − ½·10⁻ᵈ, p + ½·10⁻ᵈ]; a sum of figures is the sum of their intervals. An `interval` identity is broken
 * only when the total's interval and the parts' interval cannot meet; a non-zero gap they explain is a
 * rounding gap. An `exact` identity compares the figures at their common printed precision.
 */
export function evaluate(spec: IdentitySpec, key: string): Identity {
  const stated = spec.total.value;
  const computed = spec.parts.reduce((acc, p) => acc.plus(p.value), new Decimal(0));
  const diff = stated.minus(computed);
  let allowance: Decimal;
  let status: IdentityStatus;
  if (spec.tolerance === 'exact') {
    // Same quantity, printed twice: compare at the coarser precision of the two.
    const half = Decimal.max(spec.total.half, ...spec.parts.map((p) => p.half));
    allowance = new Decimal(0);
    const gap = diff.abs();
    status = gap.isZero() ? 'ok' : gap.lt(half) ? 'ok' : 'broken';
  } else {
    allowance = spec.parts.reduce((acc, p) => acc.plus(p.half), spec.total.half);
    if (spec.kind === 'atLeast') {
      status = diff.plus(allowance).gte(0) ? 'ok' : 'broken';
    } else {
      const gap = diff.abs();
      status = gap.isZero() ? 'ok' : gap.lte(allowance) ? 'rounding' : 'broken';
    }
  }
  return { ...spec, key, stated, computed, diff, allowance, status };
}

function termHolds(t: Term, offset: number): boolean {
  return offset >= t.span.start && offset <= t.span.end;
}

export function makeReconciliation(identities: Identity[]): Reconciliation {
  const byRule = new Map<string, Identity[]>();
  for (const id of identities) {
    const list = byRule.get(id.ruleId);
    if (list) list.push(id);
    else byRule.set(id.ruleId, [id]);
  }
  return {
    identities,
    byRule: (ruleId) => byRule.get(ruleId) ?? [],
    at: (offset) => identities.filter((i) => termHolds(i.total, offset) || i.parts.some((p) => termHolds(p, offset))),
  };
}

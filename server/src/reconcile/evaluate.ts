import { Decimal, ZERO } from '../util/decimal';
import type { Identity, IdentitySpec, IdentityStatus, Reconciliation, Term } from './types';

/**
 * Evaluates one identity with interval arithmetic. A printed figure p with d decimals stands for
 * [p − ½·10⁻ᵈ, p + ½·10⁻ᵈ]; a sum of figures is the sum of their intervals. An `interval` identity is broken
 * only when the total's interval and the parts' interval cannot meet; a non-zero gap they explain is a
 * rounding gap. An `exact` identity compares the figures at their common printed precision.
 */
export function evaluate(spec: IdentitySpec, key: string): Identity {
  const stated = spec.total.value;
  let computed = ZERO;
  for (const p of spec.parts) computed = computed.plus(p.value);
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
  // Built field by field: a spread of specs of many shapes is one of V8's slowest paths, and a document has thousands.
  const id: { -readonly [K in keyof Identity]: Identity[K] } = {
    ruleId: spec.ruleId,
    kind: spec.kind,
    total: spec.total,
    parts: spec.parts,
    unit: spec.unit,
    description: spec.description,
    tolerance: spec.tolerance,
    key,
    stated,
    computed,
    diff,
    allowance,
    status,
  };
  if (spec.computedLabel) id.computedLabel = spec.computedLabel;
  return id;
}

function termHolds(t: Term, offset: number): boolean {
  return offset >= t.span.start && offset <= t.span.end;
}

export function makeReconciliation(identities: Identity[], failures: Reconciliation['failures'] = []): Reconciliation {
  const byRule = new Map<string, Identity[]>();
  for (const id of identities) {
    const list = byRule.get(id.ruleId);
    if (list) list.push(id);
    else byRule.set(id.ruleId, [id]);
  }
  return {
    identities,
    failures,
    byRule: (ruleId) => byRule.get(ruleId) ?? [],
    at: (offset) => identities.filter((i) => termHolds(i.total, offset) || i.parts.some((p) => termHolds(p, offset))),
  };
}

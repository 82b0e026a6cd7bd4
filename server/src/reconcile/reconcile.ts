import type { DisclosureModel } from '../model/types';
import { evaluate, makeReconciliation } from './evaluate';
import { IDENTITY_SOURCES } from './sources';
import type { Identity, IdentitySpec, Reconciliation } from './types';

/**
 * The one reconciliation engine: states every identity of the document (rows, columns, classification
 * hierarchy, cross-table equalities, text against tables) and evaluates each once. A source that throws
 * costs only its own identities.
 */
export function reconcile(model: DisclosureModel): Reconciliation {
  const out: Identity[] = [];
  for (const source of IDENTITY_SOURCES) {
    let specs: IdentitySpec[] = [];
    try {
      specs = source(model);
    } catch {
      specs = [];
    }
    for (const s of specs) out.push(evaluate(s, `${s.ruleId}:${out.length}`));
  }
  return makeReconciliation(out);
}

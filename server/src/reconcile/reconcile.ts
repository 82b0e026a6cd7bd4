import type { DisclosureModel } from '../model/types';
import { evaluate, makeReconciliation } from './evaluate';
import { IDENTITY_SOURCES, type IdentitySource } from './sources';
import type { Identity, IdentitySpec, Reconciliation } from './types';

/**
 * The one reconciliation engine: states every identity of the document (rows, columns, classification
 * hierarchy, cross-table equalities, text against tables) and evaluates each once. A source that throws
 * costs only its own identities, and is recorded in `failures` (as `analyze()` records a rule that throws), so a
 * user sees that some identities were not checked instead of reading silence as "all holds".
 */
export function reconcile(model: DisclosureModel, sources: readonly IdentitySource[] = IDENTITY_SOURCES): Reconciliation {
  const out: Identity[] = [];
  const failures: Array<{ source: string; error: string }> = [];
  for (const source of sources) {
    let specs: IdentitySpec[] = [];
    try {
      specs = source(model);
    } catch (err) {
      failures.push({ source: source.name || 'anonymous', error: err instanceof Error ? err.message : String(err) });
      specs = [];
    }
    for (const s of specs) out.push(evaluate(s, `${s.ruleId}:${out.length}`));
  }
  return makeReconciliation(out, failures);
}

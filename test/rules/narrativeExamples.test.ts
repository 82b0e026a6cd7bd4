import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/rules/analyze';
import { narrativeRules } from '../../server/src/rules/narrativeRules';
import { NARRATIVE_EXAMPLES } from './narrativeExamples';

describe.each(narrativeRules.map((r) => r.id))('example of %s', (id) => {
  const ex = NARRATIVE_EXAMPLES[id];
  it('exists, fails where it says it fails and passes where it says it passes', () => {
    expect(ex).toBeDefined();
    expect(analyze(ex.failing).findings.filter((f) => f.ruleId === id).length, 'failing').toBeGreaterThan(0);
    expect(analyze(ex.passing).findings.filter((f) => f.ruleId === id), 'passing').toEqual([]);
  });
});

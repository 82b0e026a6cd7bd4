import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/rules/analyze';
import { tableRules } from '../../server/src/rules/tableRules';
import { TABLE_EXAMPLES } from './examples';

describe.each(tableRules.map((r) => r.id))('table rule example %s', (id) => {
  it('fails where it says it fails, and passes where it says it passes', () => {
    const ex = TABLE_EXAMPLES[id];
    expect(ex).toBeDefined();
    expect(analyze(ex.failing).findings.some((f) => f.ruleId === id)).toBe(true);
    expect(analyze(ex.passing).findings.some((f) => f.ruleId === id)).toBe(false);
  });
});

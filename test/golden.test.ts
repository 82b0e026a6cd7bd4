import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectJson } from '../server/src/cli';
import { analyze } from '../server/src/rules/analyze';
import { SEED_FILES, findings, seed } from './helpers';

/**
 * Golden files: each seed's recognized structure and its expected diagnostics (rule, line, severity, message).
 * The seeds contain real errors, and those are the expected output. Update with `npx vitest run -u` after a
 * deliberate change, and read the diff.
 */
describe.each(SEED_FILES)('%s', (file) => {
  const num = file.slice(0, 3);
  const text = seed(num);
  const analysis = analyze(text);

  it('structure', async () => {
    const json = inspectJson(analysis.model, basename(file));
    await expect(JSON.stringify(json, null, 2) + '\n').toMatchFileSnapshot(`golden/${num}.structure.json`);
  });

  it('diagnostics', async () => {
    const lines = findings(text, analysis).map((f) => `${String(f.line).padStart(5)}  ${f.severity.padEnd(7)} ${f.ruleId.padEnd(6)} ${f.message}`);
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot(`golden/${num}.diagnostics.txt`);
  });
});

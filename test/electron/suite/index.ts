// Entry point loaded by VS Code's extension host (extensionTestsPath): runs every scenario, reports each as
// PASS/FAIL, writes test-results/electron/results.json, and rejects when any failed (so runTests fails).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scenarios } from './scenarios';

export async function run(): Promise<void> {
  const results: { name: string; ok: boolean; detail: string; ms: number }[] = [];
  for (const scenario of scenarios) {
    const t0 = Date.now();
    try {
      const detail = await scenario.run();
      results.push({ name: scenario.name, ok: true, detail, ms: Date.now() - t0 });
      console.log(`PASS ${scenario.name}: ${scenario.title}\n        ${detail}`);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      results.push({ name: scenario.name, ok: false, detail, ms: Date.now() - t0 });
      console.log(`FAIL ${scenario.name}: ${scenario.title}\n        ${detail}`);
    }
  }
  const dir = process.env.BD_E2E_RESULTS;
  if (dir) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'results.json'), JSON.stringify(results, null, 2));
  }
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new Error(`${failed.length} of ${results.length} scenarios failed: ${failed.map((r) => r.name).join(', ')}`);
}

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS_DIR } from './helpers';

/** Runs the built CLI (dist/cli.js, bundled by `npm test` before vitest). */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('budget-disclosure check', () => {
  it('exits 2 with a clear message, not a stack trace, on a missing path', () => {
    const r = cli('check', 'no/such/file.txt');
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot read "no/such/file.txt"');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on usage errors', () => {
    expect(cli('check').code).toBe(2);
    expect(cli('check', '--format', 'xml', 'seeds').code).toBe(2);
    expect(cli('frobnicate').code).toBe(2);
  });

  it('exits 0 on a clean file and 1 when errors are found, 0 again with --exit-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-cli-'));
    const clean = join(dir, 'clean.txt');
    writeFileSync(clean, '一、部门职责及机构设置情况\n本部门负责机关事务。\n');
    expect(cli('check', clean).code).toBe(0);
    const broken = join(dir, 'broken.txt');
    // A 元 slip in a narrative is an error once the narrative rules run; a plain error either way:
    writeFileSync(broken, '<table><tr><td>1');
    const r = cli('check', '--format', 'json', broken);
    const json = JSON.parse(r.out);
    const errors = json.summary.error as number;
    expect(r.code).toBe(errors > 0 ? 1 : 0);
    expect(cli('check', '--exit-zero', SEEDS_DIR).code).toBe(0);
  });

  it('checks a whole folder and prints SARIF 2.1.0 with 1-based regions', () => {
    const r = cli('check', '--format', 'sarif', SEEDS_DIR);
    expect([0, 1]).toContain(r.code);
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('budget-disclosure');
    for (const res of run.results) {
      expect(['error', 'warning', 'note']).toContain(res.level);
      const region = res.locations[0].physicalLocation.region;
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
      expect(res.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/.*seeds\/00\d_/);
    }
  });

  it('speaks English with --locale en', () => {
    const r = cli('check', '--locale', 'en', '--exit-zero', join(SEEDS_DIR, '000_c07f0f5eae527350.txt'));
    expect(r.out).toMatch(/1 file: \d+ errors?, \d+ warnings?/);
  });
});

describe('budget-disclosure inspect', () => {
  it('prints the structure as JSON', () => {
    const r = cli('inspect', '--format', 'json', join(SEEDS_DIR, '003_128e717d0dc574da.txt'));
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.year).toBe(2024);
    expect(j.tables.filter((t: { kind: string }) => /^T[1-9]$/.test(t.kind)).map((t: { kind: string }) => t.kind)).toEqual([
      'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9',
    ]);
  });

  it('lists the tables aligned with spaces that it found but could not read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-cli-'));
    const file = join(dir, 'layout.txt');
    const rows = ['   201        一般公共服务支出          1,200.00      1,000.00', '   20101      人大事务                  1,200.00      1,000.00', '   合计                                 1,200.00      1,000.00'];
    writeFileSync(file, ['          收入决算表', '单位：万元', ...rows].join('\n'));
    const j = JSON.parse(cli('inspect', '--format', 'json', file).out);
    expect(j.unreadTables).toEqual([{ title: '收入决算表', layout: 'spaced', rows: 3, span: { startLine: 3, endLine: 5 } }]);
    expect(cli('inspect', file).out).toContain('L3-5 收入决算表 · aligned with spaces · 3 rows');
  });

  it('needs exactly one file', () => {
    expect(cli('inspect').code).toBe(2);
  });
});

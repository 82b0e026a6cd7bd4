import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
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

describe('budget-disclosure check on hostile paths', () => {
  const hostile = () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-cli-paths-'));
    writeFileSync(join(dir, 'good.txt'), '一、部门职责及机构设置情况\n本部门负责机关事务。\n');
    spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
    symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
    return dir;
  };

  it('a FIFO named directly is refused at once, not waited on', () => {
    const dir = hostile();
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', join(dir, 'pipe.txt')], { encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull(); // not killed by the timeout
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not a regular file');
  });

  it('a folder with a FIFO, a dangling link and a link loop: those are skipped with a warning, the others checked', () => {
    const dir = hostile();
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', dir], { encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file.slice(dir.length))).toEqual(['/good.txt']);
    for (const name of ['pipe.txt', 'dangling.txt', 'loop-a.txt', 'loop-b.txt']) expect(r.stderr).toMatch(new RegExp(`skipped "[^"]*${name}"`));
    expect(r.stderr).not.toContain('internal error');
  });

  it('a link loop named directly says so', () => {
    const r = cli('check', join(hostile(), 'loop-a.txt'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('symbolic link loop');
  });

  it('ends quietly when the reader closes the pipe early (| head)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'dist', 'cli.js')}" check --format json "${SEEDS_DIR}" "${SEEDS_DIR}" "${SEEDS_DIR}" "${SEEDS_DIR}" | head -c 100 >/dev/null`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });

  it('an escape byte in an argument is shown escaped, never sent raw to the terminal', () => {
    const r = cli('check', 'x\u001b[31mred.txt');
    expect(r.code).toBe(2);
    expect(r.err).not.toContain('\u001b');
    expect(r.err).toContain('x\\x1b[31mred.txt');
  });
});

describe('budget-disclosure check with a configuration file', () => {
  const workspace = (config: string, name = '.budget-disclosure.json') => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-cli-config-'));
    mkdirSync(join(dir, 'docs', 'drafts'), { recursive: true });
    copyFileSync(join(SEEDS_DIR, '002_fad325e220640957.txt'), join(dir, 'docs', 'seed002.txt'));
    copyFileSync(join(SEEDS_DIR, '002_fad325e220640957.txt'), join(dir, 'docs', 'drafts', 'draft.txt'));
    writeFileSync(join(dir, name), config);
    return dir;
  };
  const run = (dir: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '--exit-zero', ...args], { encoding: 'utf8', cwd: dir });
    return { code: r.status, err: r.stderr, json: r.status === 0 ? JSON.parse(r.stdout) : undefined };
  };
  const ids = (file: { findings: Array<{ ruleId: string; severity: string }> }) => file.findings.map((f) => `${f.ruleId}:${f.severity}`);

  it('the nearest configuration above a file sets rule severities and ignores globs', () => {
    const plain = run(workspace('{}'), 'docs');
    expect(plain.json.files).toHaveLength(2);
    expect(ids(plain.json.files[1])).toContain('N02:error');
    const dir = workspace('{"rules": {"N02": "off", "F01": "warning"}, "ignore": ["docs/drafts/**"]}');
    const r = run(dir, 'docs');
    expect(r.json.files.map((f: { file: string }) => f.file)).toEqual(['docs/seed002.txt']);
    const found = ids(r.json.files[0]);
    expect(found.some((x) => x.startsWith('N02:'))).toBe(false);
    expect(found.filter((x) => x.startsWith('F01:')).every((x) => x === 'F01:warning')).toBe(true);
    expect(found.some((x) => x.startsWith('F01:'))).toBe(true);
  });

  it('reads budget-disclosure.config.jsonc with comments, and --config names one for every file', () => {
    const dir = workspace('{\n  // 本单位约定\n  "rules": {"N02": "off",},\n}', 'budget-disclosure.config.jsonc');
    expect(ids(run(dir, 'docs/seed002.txt').json.files[0]).some((x) => x.startsWith('N02:'))).toBe(false);
    const other = mkdtempSync(join(tmpdir(), 'bd-cli-config-other-'));
    writeFileSync(join(other, 'strict.json'), '{"rules": {"N02": "warning"}}');
    expect(ids(run(dir, '--config', join(other, 'strict.json'), 'docs/seed002.txt').json.files[0])).toContain('N02:warning');
  });

  it('a configuration that is not valid stops the check with exit 2 and a message that does not quote it', () => {
    const r = run(workspace('{"rules": {"N02": "loud"}, "x": "TOPSECRET"}'), 'docs');
    expect(r.code).toBe(2);
    expect(r.err).toContain('.budget-disclosure.json');
    expect(r.err).not.toContain('TOPSECRET');
  });

  it('a catalogue path outside the configuration folder is refused with a warning, the check goes on', () => {
    const r = run(workspace('{"catalog": {"customPaths": ["../../../../etc/passwd"]}}'), 'docs');
    expect(r.code).toBe(0);
    expect(r.err).toContain('outside the workspace folder');
    expect(r.err).not.toMatch(/root:/);
  });
});

describe('budget-disclosure check --spaced-tables (experimental)', () => {
  it('reads a table aligned with spaces instead of reporting it unread; the configuration file can turn it on too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-cli-spaced-'));
    const table = [
      '                        2026年部门支出预算总表',
      '编制部门：某单位                                                单位：元',
      '功能分类科目编码   功能分类科目名称        合计         基本支出      项目支出',
      '201               一般公共服务支出       300.00       100.00       200.00',
      '20101             人大事务               300.00       100.00       200.00',
      '2010101           行政运行               300.00       100.00       200.00',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'doc.txt'), table);
    const ids = (...args: string[]) => {
      const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '--exit-zero', ...args, 'doc.txt'], { encoding: 'utf8', cwd: dir });
      return (JSON.parse(r.stdout).files[0].findings as Array<{ ruleId: string }>).map((f) => f.ruleId);
    };
    expect(ids()).toContain('S02');
    expect(ids('--spaced-tables')).not.toContain('S02');
    writeFileSync(join(dir, '.budget-disclosure.json'), JSON.stringify({ experimental: { spacedTables: true } }));
    expect(ids()).not.toContain('S02');
  });
});

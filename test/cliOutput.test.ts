import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

/** What `npm start` prints after its build: `node dist/cli.js check seeds --exit-zero`, run from the repository root. */
function start(...extra: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', 'seeds', '--exit-zero', ...extra], { encoding: 'utf8', cwd: ROOT });
  return r.stdout;
}

describe('npm start output', () => {
  const out = start();
  const lines = out.trimEnd().split('\n');
  const summary = lines[lines.length - 1];

  it('matches the golden output (read the diff after a deliberate change)', async () => {
    await expect(out).toMatchFileSnapshot('golden/cli-check.txt');
  });

  it('ends with a summary that names errors and warnings first and counts rounding gaps in one clause', () => {
    expect(summary).toMatch(/^5 个文件：\d+ 个错误，\d+ 个警告，\d+ 条提示；另有 \d+ 处尾差（.*--include-rounding/);
    expect(lines.filter((l) => /尾差/.test(l))).toEqual([summary]);
  });

  it('lists no rounding gap by default, and lists each once with --include-rounding', () => {
    expect(out).not.toMatch(/ R01 /);
    const all = start('--include-rounding').split('\n').filter((l) => / R01 /.test(l));
    const counted = Number(/另有 (\d+) 处尾差/.exec(summary)![1]);
    expect(all.length).toBe(counted);
    // One line per pair of figures: no two lines compare the same stated and computed values in the same file.
    const pairs = all.map((l) => `${l.split(':')[0]} ${/(\d+\.\d+)万元 与.*? (\d+\.\d+)万元 相差/.exec(l)?.slice(1).join('/')}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('prints an English summary in the same order with --locale en', () => {
    const en = start('--locale', 'en').trimEnd().split('\n').pop()!;
    expect(en).toMatch(/^5 files: \d+ errors?, \d+ warnings?, \d+ notes?; \d+ rounding gaps? /);
  });
});

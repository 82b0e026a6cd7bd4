import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ROOT, SEEDS_DIR } from '../helpers';
import { initialize, open, start, stop, waitFor } from '../lsp/session';

/** One fixture folder with a configuration file: the CLI and the language server over stdio report the same findings. */
describe('one configuration for the editor and the CLI', () => {
  let ws: string;
  const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
  beforeAll(() => {
    ws = mkdtempSync(join(tmpdir(), 'bd-same-'));
    copyFileSync(join(SEEDS_DIR, '002_fad325e220640957.txt'), join(ws, 'seed002.txt'));
    writeFileSync(join(ws, '.budget-disclosure.json'), JSON.stringify({ rules: { N02: 'off', F01: 'warning', R01: 'info' }, locale: 'en' }));
  });
  afterAll(() => rmSync(ws, { recursive: true, force: true }));

  it('gives the same rule, severity, place and message in both', async () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '--exit-zero', 'seed002.txt'], { encoding: 'utf8', cwd: ws });
    expect(r.status).toBe(0);
    const cli = (JSON.parse(r.stdout).files[0].findings as Array<{ ruleId: string; severity: string; startLine: number; startColumn: number; message: string }>)
      .map((f) => `${f.ruleId} ${f.severity} ${f.startLine}:${f.startColumn} ${f.message}`)
      .sort();

    const s = start();
    try {
      await initialize(s, ws);
      const uri = pathToFileURL(join(ws, 'seed002.txt')).href;
      await open(s, uri, readFileSync(join(ws, 'seed002.txt'), 'utf8'));
      const diags = await waitFor<Diagnostic[]>('diagnostics', () => s.diagnostics.get(uri));
      const lsp = diags.map((d) => `${d.code} ${SEVERITY[d.severity!]} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).sort();
      expect(lsp).toEqual(cli);
      // And the configuration took effect in both: N02 off, F01 lowered, R01 raised, messages in English.
      expect(cli.some((l) => l.startsWith('N02 '))).toBe(false);
      expect(cli.filter((l) => l.startsWith('F01 ')).length).toBeGreaterThan(0);
      expect(cli.filter((l) => l.startsWith('F01 ')).every((l) => l.startsWith('F01 warning'))).toBe(true);
      expect(cli.filter((l) => l.startsWith('R01 ')).every((l) => l.startsWith('R01 info'))).toBe(true);
      expect(cli.join('\n')).not.toMatch(/[应与为]/);
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });
});

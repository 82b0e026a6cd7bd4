import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { looksLikeDisclosure } from '../../server/src/lsp/folderCheck';
import { SEEDS_DIR } from '../helpers';
import { initialize, start, stop, waitFor } from './session';

/** 检查整个文件夹: diagnostics for every disclosure in the workspace, also the ones not open; kept current from disk. */
describe('checking the whole folder', () => {
  let ws: string;
  beforeAll(() => {
    ws = mkdtempSync(join(tmpdir(), 'bd-folder-'));
    mkdirSync(join(ws, 'a', 'b'), { recursive: true });
    copyFileSync(join(SEEDS_DIR, '002_fad325e220640957.txt'), join(ws, 'a', 'seed002.txt'));
    copyFileSync(join(SEEDS_DIR, '003_128e717d0dc574da.txt'), join(ws, 'a', 'b', 'seed003.txt'));
    copyFileSync(join(SEEDS_DIR, '004_cf8e61fc96e53b09.txt'), join(ws, 'ignored.txt'));
    writeFileSync(join(ws, 'notes.txt'), '会议记录\n下周讨论采购事项。\n');
    writeFileSync(join(ws, '.budget-disclosure.json'), JSON.stringify({ ignore: ['ignored.txt'] }));
  });
  afterAll(() => rmSync(ws, { recursive: true, force: true }));

  it('tells a disclosure from other text files', () => {
    expect(looksLikeDisclosure('\n\n2024年部门预算信息公开\n', 'x.txt')).toBe(true);
    expect(looksLikeDisclosure('会议记录\n', 'x.txt')).toBe(false);
    expect(looksLikeDisclosure('', 'x.disclosure')).toBe(true);
  });

  it('publishes diagnostics for the unopened disclosures, skips other files and ignored ones, and follows edits on disk', async () => {
    const s = start();
    try {
      await initialize(s, ws);
      const result = (await s.conn.sendRequest('workspace/executeCommand', { command: 'budgetDisclosure.checkFolder', arguments: [] })) as { files: number };
      expect(result.files).toBe(2);
      const u002 = pathToFileURL(join(ws, 'a', 'seed002.txt')).href;
      const u003 = pathToFileURL(join(ws, 'a', 'b', 'seed003.txt')).href;
      const d002 = await waitFor<Diagnostic[]>('seed 002', () => s.diagnostics.get(u002));
      const d003 = await waitFor<Diagnostic[]>('seed 003', () => s.diagnostics.get(u003));
      expect(d002.some((d) => d.code === 'N02')).toBe(true);
      expect(d003.length).toBeGreaterThan(0);
      expect(s.diagnostics.has(pathToFileURL(join(ws, 'ignored.txt')).href)).toBe(false);
      expect(s.diagnostics.has(pathToFileURL(join(ws, 'notes.txt')).href)).toBe(false);
      // The file is deleted on disk: its problems go.
      s.diagnostics.delete(u002);
      await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: u002, type: 3 }] });
      expect(await waitFor<Diagnostic[]>('cleared', () => s.diagnostics.get(u002))).toEqual([]);
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });
});

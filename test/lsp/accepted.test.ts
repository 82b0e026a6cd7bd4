import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ACCEPTED_FILE_NAME } from '../../server/src/config/accepted';
import { ROOT, SEEDS_DIR } from '../helpers';
import { start, stop, waitFor } from './session';

/**
 * A reviewer accepts a finding (已核实，保留原文): it is recorded beside the document, never in it; it stays
 * accepted after an edit elsewhere and comes back when its own figure changes; the CLI honours the same record.
 */
describe('accepting a finding', () => {
  let ws: string;
  let text: string;
  beforeAll(() => {
    ws = mkdtempSync(join(tmpdir(), 'bd-accept-'));
    copyFileSync(join(SEEDS_DIR, '002_fad325e220640957.txt'), join(ws, 'seed002.txt'));
    text = readFileSync(join(ws, 'seed002.txt'), 'utf8');
  });
  afterAll(() => rmSync(ws, { recursive: true, force: true }));

  it('in the editor: recorded by a workspace edit, hidden, kept after an unrelated edit, back when its figure changes', async () => {
    const s = start();
    const uri = pathToFileURL(join(ws, 'seed002.txt')).href;
    try {
      await s.conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(ws).href,
        workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }],
        capabilities: { textDocument: { publishDiagnostics: {} }, workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } },
        initializationOptions: { locale: 'zh-CN' },
      });
      await s.conn.sendNotification('initialized', {});
      await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'budget-disclosure', version: 1, text } });
      const first = await waitFor<Diagnostic[]>('diagnostics', () => s.diagnostics.get(uri));
      const n02 = first.find((d) => d.code === 'N02')!;
      expect(n02).toBeDefined();
      const actions = (await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: n02.range, context: { diagnostics: [n02] } })) as Array<{
        title: string;
        edit: { documentChanges: Array<{ kind?: string; uri?: string; textDocument?: { uri: string }; edits?: Array<{ newText: string }> }> };
      }>;
      const accept = actions.find((a) => a.title.startsWith('已核实，保留原文'))!;
      expect(accept).toBeDefined();
      // The edit creates the sidecar and writes it; it never touches the document.
      const changes = accept.edit.documentChanges;
      expect(changes.every((c) => (c.uri ?? c.textDocument?.uri ?? '').endsWith(ACCEPTED_FILE_NAME))).toBe(true);
      writeFileSync(join(ws, ACCEPTED_FILE_NAME), changes.find((c) => c.edits)!.edits![0].newText);
      s.diagnostics.delete(uri);
      await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(ws, ACCEPTED_FILE_NAME)).href, type: 1 }] });
      const hidden = await waitFor<Diagnostic[]>('diagnostics without N02', () => s.diagnostics.get(uri));
      expect(hidden.filter((d) => d.code === 'N02')).toHaveLength(first.filter((d) => d.code === 'N02').length - 1);
      expect(hidden.length).toBe(first.length - 1);

      // An edit elsewhere (a line at the top): still accepted.
      s.diagnostics.delete(uri);
      const edited = `附件：\n${text}`;
      await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
      const after = await waitFor<Diagnostic[]>('diagnostics after an unrelated edit', () => s.diagnostics.get(uri));
      expect(after.some((d) => d.code === 'N02' && (d.message as string).includes('702.04'))).toBe(false);

      // Its own figure changes: the record lapses, the finding is back.
      s.diagnostics.delete(uri);
      await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: edited.replace('702.04', '702.05') }] });
      const back = await waitFor<Diagnostic[]>('diagnostics after the figure changed', () => s.diagnostics.get(uri));
      expect(back.some((d) => d.code === 'N02' && (d.message as string).includes('702.05'))).toBe(true);
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });

  it('in the CLI: the same record leaves the finding out, --show-accepted lists it', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '--exit-zero', ...args], { encoding: 'utf8', cwd: ws });
    const json = JSON.parse(run('--format', 'json', 'seed002.txt').stdout);
    expect(json.files[0].accepted.map((f: { ruleId: string }) => f.ruleId)).toEqual(['N02']);
    expect(json.files[0].findings.some((f: { ruleId: string; message: string }) => f.ruleId === 'N02' && f.message.includes('702.04'))).toBe(false);
    const shown = run('--show-accepted', 'seed002.txt').stdout;
    expect(shown).toMatch(/1 个已核实保留的问题未列出：\n.*N02/);
  });
});

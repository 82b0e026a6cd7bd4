import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-types';
import { ruleById } from '../../server/src/rules/index';
import { LineIndex } from '../../server/src/util/lineIndex';
import { ROOT, SEEDS_DIR, SEED_FILES, flattenSymbols as flatten, seed } from '../helpers';
import { SERVER, initialize, open, positionOf, start, stop, waitFor } from '../lsp/session';

describe('language server over stdio', () => {
  let ws: string;
  beforeAll(() => {
    if (!existsSync(SERVER)) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
    ws = mkdtempSync(join(tmpdir(), 'bd-lsp-'));
    writeFileSync(join(ws, 'local.csv'), 'scheme,code,level,parent,name,explanation,since,until\nfunctional,2010388,项,20103,本地自编科目,本地说明,,\n');
    writeFileSync(join(ws, 'bad.json'), '{ not json');
    writeFileSync(join(ws, 'tpl.json'), JSON.stringify({ kinds: [{ id: 'T3', name: '支出总表', titles: ['经费支出一览表$'] }] }));
  });
  afterAll(() => rmSync(ws, { recursive: true, force: true }));

  it('initializes, publishes diagnostics, answers documentSymbol and hover, shuts down cleanly', async () => {
    const s = start();
    try {
      const init = await initialize(s, ws);
      expect(init.capabilities.hoverProvider).toBe(true);
      expect(init.capabilities.completionProvider).toBeTruthy();
      expect(init.capabilities.inlayHintProvider).toBe(true);

      const uri002 = pathToFileURL(join(SEEDS_DIR, SEED_FILES.find((f) => f.startsWith('002'))!)).href;
      await open(s, uri002, seed('002'));
      const diags = await waitFor('diagnostics for seed 002', () => s.diagnostics.get(uri002));
      expect(Array.isArray(diags)).toBe(true);
      expect(diags.filter((d) => d.code === 'K01' || d.code === 'K02' || d.code === 'K03')).toEqual([]);

      const symbols = (await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri002 } })) as DocumentSymbol[];
      const names = flatten(symbols).map((d) => d.name);
      expect(names).toContain('单位预算收支总表');

      const text000 = seed('000');
      const uri000 = pathToFileURL(join(SEEDS_DIR, SEED_FILES.find((f) => f.startsWith('000'))!)).href;
      await open(s, uri000, text000);
      const hover = (await s.conn.sendRequest('textDocument/hover', {
        textDocument: { uri: uri000 },
        position: positionOf(text000, '\t30231', 3),
      })) as Hover;
      expect((hover.contents as MarkupContent).value).toContain('公务用车运行维护费');
      expect((hover.contents as MarkupContent).value).toContain('302 商品和服务支出');

      const completion = (await s.conn.sendRequest('textDocument/completion', {
        textDocument: { uri: uri000 },
        position: positionOf(text000, '\t30231', 4),
      })) as { items: Array<{ label: string }> };
      expect(completion.items.map((i) => i.label)).toContain('30231');

      const hints = await s.conn.sendRequest('textDocument/inlayHint', {
        textDocument: { uri: uri000 },
        range: { start: { line: 0, character: 0 }, end: { line: 3000, character: 0 } },
      });
      expect(Array.isArray(hints)).toBe(true);
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });

  it('speaks the document’s language: a Chinese disclosure gets Chinese messages in an English editor, unless the setting says otherwise', async () => {
    const s = start();
    try {
      await initialize(s, ws, { locale: 'en' });
      const uri = pathToFileURL(join(SEEDS_DIR, SEED_FILES.find((f) => f.startsWith('002'))!)).href;
      await open(s, uri, seed('002'));
      const diags = await waitFor('diagnostics for seed 002', () => s.diagnostics.get(uri));
      const n02 = diags.find((d) => d.code === 'N02')!;
      expect(n02.message).toContain('不一致');
      // The user's setting wins over the document's language.
      s.diagnostics.delete(uri);
      await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: { budgetDisclosure: { locale: 'en' } } });
      const again = await waitFor('diagnostics after the setting', () => s.diagnostics.get(uri));
      expect(again.find((d) => d.code === 'N02')!.message).toMatch(/^Expenditure statement total/);
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });

  it('loads custom catalogues; a bad file is reported once and ignored', async () => {
    const s = start();
    try {
      await initialize(s, ws);
      const settings = { budgetDisclosure: { catalog: { customPaths: ['local.csv', 'bad.json', 'missing.csv'] } } };
      await s.conn.sendNotification('workspace/didChangeConfiguration', { settings });
      const text = '部门预算支出总表\n预算年度：2023\n单位：万元\n序号\t科目编码\t科目名称\t合计\n1\t2010388\t本地自编科目\t1.00\n';
      const uri = pathToFileURL(join(ws, 'doc.disclosure.txt')).href;
      await open(s, uri, text);
      await waitFor('warnings', () => (s.messages.length >= 2 ? true : undefined));
      const hover = async () =>
        ((await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '2010388', 2) })) as Hover | null);
      let value = '';
      const deadline = Date.now() + 20_000;
      while (!value.includes('**2010388 本地自编科目**') && Date.now() < deadline) {
        const h = await hover();
        value = h ? (h.contents as MarkupContent).value : '';
      }
      expect(value).toContain('**2010388 本地自编科目**');
      expect(value).toContain('说明：本地说明');
      // The same settings again: no second message for the same file.
      await s.conn.sendNotification('workspace/didChangeConfiguration', { settings });
      await hover();
      expect(s.messages.filter((m) => m.includes('bad.json'))).toHaveLength(1);
      expect(s.messages.filter((m) => m.includes('missing.csv'))).toHaveLength(1);
      expect(s.messages.find((m) => m.includes('bad.json'))).toContain('不是有效的 JSON');
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });

  it('reloads a custom catalogue when its file changes, without a settings change or a restart', async () => {
    const s = start();
    const registrations: Array<{ method: string; registerOptions?: { watchers?: Array<{ globPattern: string }> } }> = [];
    s.conn.onRequest('client/registerCapability', (p: { registrations: typeof registrations }) => {
      registrations.push(...p.registrations);
      return null;
    });
    const file = join(ws, 'team.csv');
    const row = (name: string) => `scheme,code,level,parent,name,explanation,since,until\nfunctional,2010377,项,20103,${name},团队说明,,\n`;
    writeFileSync(file, row('团队旧名称'));
    try {
      await s.conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(ws).href,
        workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }],
        capabilities: { textDocument: { hover: { contentFormat: ['markdown'] } }, workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
        initializationOptions: { locale: 'zh-CN' },
      });
      await s.conn.sendNotification('initialized', {});
      await waitFor('a file watcher registration', () => registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
      await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: { budgetDisclosure: { catalog: { customPaths: ['team.csv'] } } } });
      const text = '部门预算支出总表\n预算年度：2023\n单位：万元\n序号\t科目编码\t科目名称\t合计\n1\t2010377\t团队新名称\t1.00\n';
      const uri = pathToFileURL(join(ws, 'team-doc.disclosure.txt')).href;
      await open(s, uri, text);
      const hoverUntil = async (needle: string) => {
        let value = '';
        const deadline = Date.now() + 20_000;
        while (!value.includes(needle) && Date.now() < deadline) {
          const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '2010377', 2) })) as Hover | null;
          value = h ? (h.contents as MarkupContent).value : '';
        }
        return value;
      };
      expect(await hoverUntil('**2010377 团队旧名称**')).toContain('**2010377 团队旧名称**');

      // The team renames the code in its file; the editor reports the change; the hover follows.
      writeFileSync(file, row('团队新名称'));
      await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
      expect(await hoverUntil('**2010377 团队新名称**')).toContain('**2010377 团队新名称**');

      // A change to a file no setting names reloads nothing (and breaks nothing).
      writeFileSync(file, row('未通知的名称'));
      await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(ws, 'other.json')).href, type: 2 }] });
      expect(await hoverUntil('**2010377 团队新名称**')).toContain('**2010377 团队新名称**');
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });

  it('an untrusted workspace loads nothing from it, until the user trusts it', async () => {
    const s = start();
    try {
      await initialize(s, ws, { workspaceTrusted: false });
      await s.conn.sendNotification('workspace/didChangeConfiguration', {
        settings: { budgetDisclosure: { catalog: { customPaths: ['local.csv', 'bad.json'] } } },
      });
      const text = '部门预算支出总表\n预算年度：2023\n单位：万元\n序号\t科目编码\t科目名称\t合计\n1\t2010388\t本地自编科目\t1.00\n';
      const uri = pathToFileURL(join(ws, 'doc2.disclosure.txt')).href;
      await open(s, uri, text);
      const diags = await waitFor('diagnostics', () => s.diagnostics.get(uri));
      // K01 reports the code once the code rules are registered.
      if (ruleById('K01')) expect(diags.map((d) => d.code)).toContain('K01');
      const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '2010388', 2) })) as Hover;
      expect((h.contents as MarkupContent).value).toContain('不在《政府收支分类科目》中');
      expect(s.messages).toEqual([]);

      // Trusted after start-up: the custom catalogue is loaded then.
      await s.conn.sendNotification('budgetDisclosure/trustChanged', { workspaceTrusted: true });
      let value = '';
      const deadline = Date.now() + 20_000;
      while (!value.includes('**2010388 本地自编科目**') && Date.now() < deadline) {
        const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '2010388', 2) })) as Hover;
        value = (h.contents as MarkupContent).value;
      }
      expect(value).toContain('**2010388 本地自编科目**');
      await waitFor('the bad file reported', () => (s.messages.some((m) => m.includes('bad.json')) ? true : undefined));
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });

  it('reads table templates: a region\'s own title becomes a known table in the outline', async () => {
    const s = start();
    try {
      await initialize(s, ws);
      const text = '部门经费支出一览表\n预算年度：2023\n单位：万元\n序号\t科目编码\t科目名称\t合计\n1\t\t合计\t1.00\n';
      const uri = pathToFileURL(join(ws, 'tpl-doc.disclosure.txt')).href;
      await open(s, uri, text);
      const symbols = async () => flatten((await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[]);
      expect((await symbols()).find((d) => d.name === '部门经费支出一览表')?.detail ?? '').not.toContain('T3');
      await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: { budgetDisclosure: { templates: { paths: ['tpl.json', 'bad.json'] } } } });
      let detail = '';
      const deadline = Date.now() + 20_000;
      while (!detail.includes('T3') && Date.now() < deadline) detail = (await symbols()).find((d) => d.name === '部门经费支出一览表')?.detail ?? '';
      expect(detail).toContain('T3');
      await waitFor('the bad template reported', () => (s.messages.some((m) => m.includes('bad.json') && m.includes('表样模板')) ? true : undefined));
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });

  it('answers textDocument/codeAction with the fix for a published diagnostic', async () => {
    const s = start();
    try {
      await initialize(s, ws);
      const text = seed('002');
      const uri = pathToFileURL(join(ws, 'fix.disclosure.txt')).href;
      await open(s, uri, text);
      const diags = await waitFor('diagnostics', () => s.diagnostics.get(uri));
      const n02 = diags.find((d) => d.code === 'N02')!;
      const actions = (await s.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: n02.range,
        context: { diagnostics: [n02], only: ['quickfix'] },
      })) as Array<{ title: string; edit: { changes: Record<string, Array<{ range: Diagnostic['range']; newText: string }>> } }>;
      expect(actions).toHaveLength(1);
      const [edit] = actions[0].edit.changes[uri];
      expect(edit.newText).toBe('1079.09');
      const lines = new LineIndex(text);
      expect(text.slice(lines.offsetAt(edit.range.start), lines.offsetAt(edit.range.end))).toBe('702.04');
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });

  it('answers textDocument/codeLens per table; running a lens shows its finding through window/showDocument', async () => {
    const s = start();
    const shown: Array<{ uri: string; selection?: Diagnostic['range'] }> = [];
    s.conn.onRequest('window/showDocument', (p: { uri: string; selection?: Diagnostic['range'] }) => {
      shown.push(p);
      return { success: true };
    });
    try {
      const init = await initialize(s, ws);
      expect(init.capabilities.codeLensProvider).toBeTruthy();
      expect((init.capabilities.executeCommandProvider as { commands: string[] }).commands).toContain('budgetDisclosure.revealFinding');
      const text = seed('003');
      const uri = pathToFileURL(join(ws, 'lens.disclosure.txt')).href;
      await open(s, uri, text);
      const diags = await waitFor('diagnostics', () => s.diagnostics.get(uri));
      const lenses = (await s.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as Array<{
        range: Diagnostic['range'];
        command: { title: string; command: string; arguments?: unknown[] };
      }>;
      const broken = lenses.filter((l) => l.command.command === 'budgetDisclosure.revealFinding');
      expect(broken.map((l) => l.command.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^✗ 2 项勾稽不符/)]));
      const lens = broken.find((l) => l.command.title.startsWith('✗ 2 项勾稽不符'))!;
      await s.conn.sendRequest('workspace/executeCommand', { command: lens.command.command, arguments: lens.command.arguments });
      await waitFor('window/showDocument', () => (shown.length ? shown : undefined));
      expect(shown[0].uri).toBe(uri);
      // The editor is sent to a published diagnostic of that table: the 会议费 error.
      const target = diags.find((d) => d.range.start.line === shown[0].selection!.start.line && d.range.start.character === shown[0].selection!.start.character);
      expect(target?.code).toBe('T9-05');
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { SERVER, initialize, open, start, stop, waitFor, type Session } from './session';

/**
 * Safe loading of the files that settings name (custom catalogues, table templates), over stdio with the real
 * server: paths stay inside the workspace folder, only regular files under the size limit are read, nothing hangs,
 * no message echoes a file's content, and patterns that backtrack catastrophically are refused.
 */
describe('safe loading of files named in settings', () => {
  let ws: string;
  beforeAll(() => {
    if (!existsSync(SERVER)) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
    ws = mkdtempSync(join(tmpdir(), 'bd-safe-'));
    execFileSync('mkfifo', [join(ws, 'x.json')]);
    symlinkSync('/dev/zero', join(ws, 'zero.csv'));
    symlinkSync('/etc/passwd', join(ws, 'passwd.json'));
    writeFileSync(join(ws, 'secret.json'), '{\n "kinds": 1,\n  TOPSECRET-CONTENT: 2}');
    writeFileSync(join(ws, 'huge.csv'), Buffer.alloc(17 * 1024 * 1024, 0x61));
    writeFileSync(join(ws, 'redos.json'), JSON.stringify({ kinds: [{ id: 'T3', name: '支出总表', titles: ['(a+)+!'] }] }));
  });
  afterAll(() => rmSync(ws, { recursive: true, force: true }));

  const configure = async (s: Session, customPaths: string[], templates: string[] = []) =>
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: { budgetDisclosure: { catalog: { customPaths }, templates: { paths: templates } } } });

  /** The server still analyses documents after the loading: diagnostics arrive for a new one. */
  const stillAnswers = async (s: Session, name: string, firstLine = '部门预算支出总表') => {
    const uri = pathToFileURL(join(ws, name)).href;
    await open(s, uri, `${firstLine}\n单位：万元\n序号\t科目编码\t科目名称\t合计\n1\t201\t一般公共服务支出\t1.00\n`);
    return waitFor(`diagnostics for ${name}`, () => s.diagnostics.get(uri));
  };

  it('refuses paths outside the workspace, also through a link, and never echoes their content', async () => {
    const s = start();
    try {
      await initialize(s, ws);
      await configure(s, ['../../../../../../etc/passwd', '/etc/shadow', 'passwd.json']);
      await waitFor('three refusals', () => (s.messages.length >= 3 ? true : undefined));
      for (const m of s.messages) {
        expect(m).toContain('工作区文件夹之外');
        expect(m).not.toMatch(/root:|daemon|nologin|\/bin\//);
      }
      await stillAnswers(s, 'a.disclosure.txt');
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });

  it('a FIFO, a device behind a link and a file over the size limit are refused without hanging the server', async () => {
    const s = start();
    try {
      await initialize(s, ws);
      await configure(s, ['zero.csv', 'huge.csv'], ['x.json']);
      await waitFor('three refusals', () => (s.messages.length >= 3 ? true : undefined));
      expect(s.messages.find((m) => m.includes('zero.csv'))).toContain('工作区文件夹之外');
      expect(s.messages.find((m) => m.includes('huge.csv'))).toContain('大小上限');
      expect(s.messages.find((m) => m.includes('x.json'))).toContain('不是普通文件');
      await stillAnswers(s, 'b.disclosure.txt');
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });

  it('a JSON error says where, not what the file holds', async () => {
    const s = start();
    try {
      await initialize(s, ws);
      await configure(s, ['secret.json'], ['secret.json']);
      await waitFor('two messages', () => (s.messages.length >= 2 ? true : undefined));
      for (const m of s.messages) {
        expect(m).toContain('第 3 行第 3 列');
        expect(m).not.toContain('TOPSECRET');
      }
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });

  it('a template pattern that backtracks catastrophically is refused, and titles are still read', async () => {
    const s = start();
    try {
      await initialize(s, ws);
      await configure(s, [], ['redos.json']);
      await waitFor('the refusal', () => (s.messages.some((m) => m.includes('redos.json')) ? true : undefined));
      expect(s.messages.find((m) => m.includes('redos.json'))).toContain('嵌套的重复');
      // A title line that would take (a+)+! seconds per try: diagnostics still come.
      await stillAnswers(s, 'c.disclosure.txt', 'a'.repeat(30));
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });
});

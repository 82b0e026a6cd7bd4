import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printablePath, readRegularFile, readRegularFileSync, resolveConfined, walkFiles } from '../../server/src/io/files';
import { unsafePatternReason } from '../../server/src/util/safeRegex';
import { jsonErrorPlace } from '../../server/src/catalog/jsonError';
import { TABLE_KINDS } from '../../server/src/model/tableKinds';
import data from '../../server/src/model/data/tableKinds.json';

let ws: string;
beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'bd-io-'));
  mkdirSync(join(ws, 'docs'));
  writeFileSync(join(ws, 'docs', 'a.txt'), '部门预算');
  writeFileSync(join(ws, 'docs', 'b.md'), '单位预算');
  writeFileSync(join(ws, 'docs', 'skip.bin'), 'x');
  symlinkSync(join(ws, 'nowhere.txt'), join(ws, 'docs', 'dangling.txt'));
  symlinkSync(join(ws, 'docs', 'loop2.txt'), join(ws, 'docs', 'loop1.txt'));
  symlinkSync(join(ws, 'docs', 'loop1.txt'), join(ws, 'docs', 'loop2.txt'));
  symlinkSync(join(ws, 'docs'), join(ws, 'docs', 'again')); // a link back to its own folder
  execFileSync('mkfifo', [join(ws, 'docs', 'pipe.txt')]);
  execFileSync('mkfifo', [join(ws, 'x.json')]);
  writeFileSync(join(ws, 'big.json'), Buffer.alloc(2048, 0x20));
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

describe('reading files safely', () => {
  it('a FIFO is refused at once, never read and never waited on (sync and async)', async () => {
    expect(readRegularFileSync(join(ws, 'x.json'))).toMatchObject({ ok: false, refusal: 'notFile' });
    expect(await readRegularFile(join(ws, 'x.json'))).toMatchObject({ ok: false, refusal: 'notFile' });
  });

  it('a device and a folder are not regular files', async () => {
    expect(await readRegularFile('/dev/zero')).toMatchObject({ ok: false, refusal: 'notFile' });
    expect(readRegularFileSync(ws)).toMatchObject({ ok: false, refusal: 'notFile' });
  });

  it('a file over the limit is refused; at the limit it is read whole', async () => {
    expect(await readRegularFile(join(ws, 'big.json'), 2047)).toMatchObject({ ok: false, refusal: 'tooLarge' });
    const r = await readRegularFile(join(ws, 'big.json'), 2048);
    expect(r.ok && r.text.length).toBe(2048);
    expect(readRegularFileSync(join(ws, 'big.json'), 100)).toMatchObject({ ok: false, refusal: 'tooLarge' });
  });

  it('paths from settings stay inside the workspace folder, through links too', () => {
    expect(resolveConfined('../../../etc/passwd', ws)).toEqual({ refusal: 'outside' });
    expect(resolveConfined('/etc/shadow', ws)).toEqual({ refusal: 'outside' });
    symlinkSync('/etc/hostname', join(ws, 'innocent.json'));
    expect(resolveConfined('innocent.json', ws)).toEqual({ refusal: 'outside' });
    expect(resolveConfined('docs/a.txt', ws)).toMatchObject({ path: expect.stringContaining('a.txt') });
    expect(resolveConfined('docs/none.json', ws)).toEqual({ refusal: 'missing' });
    expect(resolveConfined('rel.json', undefined)).toEqual({ refusal: 'noFolder' });
  });
});

describe('walking a folder', () => {
  it('skips dangling links, link loops and FIFOs with a reason, and still lists the other files once', () => {
    const { files, skipped } = walkFiles(join(ws, 'docs'), (n) => /\.(txt|md)$/.test(n));
    expect(files.map((f) => f.slice(ws.length))).toEqual(['/docs/a.txt', '/docs/b.md']);
    const why = Object.fromEntries(skipped.map((s) => [s.path.slice(ws.length), s.refusal]));
    expect(why).toEqual({ '/docs/dangling.txt': 'missing', '/docs/loop1.txt': 'loop', '/docs/loop2.txt': 'loop', '/docs/pipe.txt': 'notFile' });
  });

  it('control characters in a path are printed escaped, never raw', () => {
    expect(printablePath('a\u001b[31mred\u0007.txt')).toBe('a\\x1b[31mred\\x07.txt');
  });
});

describe('patterns from a workspace', () => {
  it('refuses patterns that backtrack catastrophically', () => {
    for (const p of ['(a+)+!', '(a*)*b', '(x|xx)+y', '(.*a){2,}', '((ab)*)+', '(a)\\1']) expect(unsafePatternReason(p), p).toBeDefined();
  });

  it('accepts the shapes titles are written in, and every built-in kind', () => {
    for (const p of ['收支(预算)?总表', '三公[”"“]?经费(预算)?(支出)?表$', '^公开\\s*\\d{1,2}\\s*表$', '(一般公共|政府性基金)预算支出表', '[(（]单位[)）]+']) {
      expect(unsafePatternReason(p), p).toBeUndefined();
    }
    const all = data.kinds.flatMap((k) => [...k.titles, ...((k as { headerRoles?: string[][] }).headerRoles ?? []).map(([re]) => re)]);
    expect(all.filter((p) => unsafePatternReason(p))).toEqual([]);
    expect(TABLE_KINDS.length).toBeGreaterThan(0);
  });
});

describe('JSON errors', () => {
  it('say where, never what the file holds', () => {
    for (const text of ['root:x:0:0:root:/root:/bin/bash', '{\n "kinds": [\n  SECRET-TOKEN ]}', '{"a"']) {
      let err: unknown;
      try {
        JSON.parse(text);
      } catch (e) {
        err = e;
      }
      const at = jsonErrorPlace(text, err);
      expect(at.en + at['zh-CN']).not.toMatch(/root|SECRET|"a"/);
    }
    let err: unknown;
    try {
      JSON.parse('{\n "kinds": 1,\n  SECRET: 2}');
    } catch (e) {
      err = e;
    }
    expect(jsonErrorPlace('{\n "kinds": 1,\n  SECRET: 2}', err).en).toBe(' (line 3, column 3)');
  });
});

describe('converted files (PDF, DOCX, XLSX) in the language server', () => {
  it('a FIFO named x.pdf gives one clear problem at once, never a wait', async () => {
    const { ConvertedDocuments } = await import('../../server/src/lsp/converted');
    const { readRegularBytes } = await import('../../server/src/io/files');
    const { pathToFileURL } = await import('node:url');
    const fifo = join(ws, 'x.pdf');
    execFileSync('mkfifo', [fifo]);
    expect(await readRegularBytes(fifo)).toMatchObject({ ok: false, refusal: 'notFile' });
    const reply = await new ConvertedDocuments(() => 'zh-CN').convert({ uris: [pathToFileURL(fifo).href], target: 'budget-disclosure-converted:/x' } as never);
    expect(reply.problems).toEqual([{ message: 'x.pdf: 不是普通文件（文件夹、管道或设备），不予读取', fatal: true }]);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

const PDF_DIR = join(ROOT, '..', 'shared', 'corpus', 'pdf');
const PDF = join(PDF_DIR, '11_shpt-sfj-2026-bumen-yusuan.pdf');

/** Runs the built CLI (dist/cli.js, bundled by `npm test` before vitest). */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('budget-disclosure on PDF, DOCX and XLSX files', () => {
  it.skipIf(!existsSync(PDF))('check names each finding\'s page in text and JSON; convert writes the canonical text only where asked', () => {
    const text = cli('check', '--locale', 'en', '--exit-zero', PDF);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/11_shpt-sfj-2026-bumen-yusuan\.pdf:\d+:\d+ \(p\. \d+\)/);
    const json = JSON.parse(cli('check', '--format', 'json', '--exit-zero', PDF).out);
    const f = json.files[0].findings[0];
    expect(f.source.page).toBeGreaterThan(0);
    expect(f.source.label).toMatch(/^第 \d+ 页$/);
    const dir = mkdtempSync(join(tmpdir(), 'bd-convert-'));
    const out = join(dir, 'out.txt');
    expect(cli('convert', PDF, '-o', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('〔第 23 页〕');
    // Nothing was written beside the source.
    expect(readdirSync(PDF_DIR).filter((n) => !n.endsWith('.pdf'))).toEqual([]);
  }, 60_000);

  it('a file that cannot be read gives one message in the chosen language and exit 2, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-bad-'));
    const bad = join(dir, 'scan.pdf');
    writeFileSync(bad, '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj\ntrailer <</Size 4/Root 1 0 R>>\n%%EOF');
    const zh = cli('check', bad);
    expect(zh.code).toBe(2);
    expect(zh.err).toContain('此 PDF 为扫描件，没有可提取的文字');
    expect(zh.err).not.toMatch(/\n\s+at /);
    const docx = join(dir, 'renamed.docx');
    writeFileSync(docx, 'PK\u0003\u0004 not really a zip');
    const en = cli('check', '--locale', 'en', docx);
    expect(en.code).toBe(2);
    expect(en.err).toContain('not a Word document');
    expect(readdirSync(dir).sort()).toEqual(['renamed.docx', 'scan.pdf']);
  });
});

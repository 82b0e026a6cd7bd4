import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const SRC = join(ROOT, 'server', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The layer of a server file: its first folder under server/src, or the file itself at the top. */
function layerOf(path: string): string {
  const rel = relative(SRC, path).split(/[\\/]/);
  return rel.length === 1 ? rel[0].replace(/\.ts$/, '') : rel[0];
}

/** What each layer may import (ARCHITECTURE.md). */
const ALLOWED: Record<string, string[]> = {
  util: ['util'],
  syntax: ['syntax', 'util'],
  model: ['model', 'syntax', 'util'],
  reconcile: ['reconcile', 'model', 'syntax', 'util'],
  catalog: ['catalog'],
  rules: ['rules', 'reconcile', 'model', 'syntax', 'catalog', 'util'],
  features: ['features', 'rules', 'reconcile', 'model', 'syntax', 'catalog', 'util'],
  io: ['io'],
  config: ['config', 'catalog', 'model', 'syntax', 'util'],
  convert: ['convert', 'util'],
  lsp: ['lsp', 'io', 'config', 'convert', 'features', 'rules', 'reconcile', 'model', 'syntax', 'catalog', 'util'],
  cli: ['io', 'config', 'convert', 'features', 'rules', 'reconcile', 'model', 'syntax', 'catalog', 'util'],
  main: ['lsp'],
};
const PACKAGES: Record<string, RegExp> = {
  util: /^decimal\.js$/,
  syntax: /^$/,
  model: /^decimal\.js$/,
  reconcile: /^decimal\.js$/,
  catalog: /^zod$/,
  rules: /^decimal\.js$/,
  features: /^(decimal\.js|vscode-languageserver-types|vscode-languageserver-textdocument)$/,
  io: /^node:.*$/,
  config: /^zod$/,
  convert: /^(decimal\.js|pdfjs-dist\/legacy\/build\/pdf(\.worker)?\.mjs|mammoth|jszip)$/,
  lsp: /^(vscode-languageserver(\/node)?|vscode-languageserver-textdocument|zod|node:.*)$/,
  cli: /^node:.*$/,
  main: /^vscode-languageserver\/node$/,
};

const imports = (src: string) => [...src.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);

describe('architecture invariants', () => {
  const all = files(SRC);

  it('imports point down only, and each layer uses only its own packages', () => {
    const bad: string[] = [];
    for (const f of all) {
      const layer = layerOf(f);
      for (const spec of imports(readFileSync(f, 'utf8'))) {
        if (spec.startsWith('.')) {
          const target = layerOf(join(f, '..', spec));
          if (!ALLOWED[layer]?.includes(target)) bad.push(`${relative(ROOT, f)} → ${spec} (${layer} → ${target})`);
        } else if (!PACKAGES[layer]?.test(spec)) bad.push(`${relative(ROOT, f)} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('below lsp/ there is no IO and no process', () => {
    const core = all.filter((f) => !['io', 'lsp', 'cli', 'main'].includes(layerOf(f)));
    const bad = core.filter((f) => /\bprocess\.|from 'node:|require\(/.test(readFileSync(f, 'utf8')));
    expect(bad.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('money is Decimal: nobody calls Number() or parseFloat on an amount', () => {
    const bad = all.filter((f) => /\bparseFloat\(|\bNumber\((?!\.)|\.toNumber\(\)/.test(readFileSync(f, 'utf8')));
    expect(bad.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('LSP positions appear only in features/ and lsp/', () => {
    const bad = all.filter((f) => !['features', 'lsp', 'main'].includes(layerOf(f)) && /vscode-languageserver/.test(readFileSync(f, 'utf8')));
    expect(bad.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('the client imports nothing from the server', () => {
    const client = files(join(ROOT, 'client', 'src'));
    const bad = client.filter((f) => /from '\.\.\/\.\.\/server|from '.*server\/src/.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });

  it('the version is written once, and agrees with package.json', async () => {
    const { VERSION } = await import('../server/src/util/version');
    expect(VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const bad = all.filter((f) => !f.endsWith('version.ts') && [`'${VERSION}'`, `"${VERSION}"`].some((v) => readFileSync(f, 'utf8').includes(v)));
    expect(bad.map((f) => relative(ROOT, f))).toEqual([]);
  });
});

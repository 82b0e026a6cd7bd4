import { describe, expect, it } from 'vitest';
import { globToRegExp, isIgnored, parseConfig, stripJsonc, EMPTY_CONFIG } from '../../server/src/config/config';
import { loadConfig } from '../../server/src/config/load';

describe('configuration file', () => {
  it('reads per-rule severities in the shape ESLint and markdownlint users know', () => {
    const { config } = parseConfig('{"rules": {"N02": "off", "R01": "hint", "T1-02": "warning"}, "catalog": {"edition": 2024}}', 'c', false);
    expect(config?.rules).toEqual({ N02: 'off', R01: 'hint', 'T1-02': 'warning' });
    expect(config?.catalog.edition).toBe(2024);
    expect(config?.locale).toBe('auto');
  });

  it('reads JSONC: comments and trailing commas, strings untouched', () => {
    const text = '{\n  // 本单位约定\n  "rules": {"N02": "off",},\n  /* 忽略草稿 */ "ignore": ["drafts/**", "a//b.txt",],\n}';
    const { config, error } = parseConfig(text, 'c.jsonc', true);
    expect(error).toBeUndefined();
    expect(config?.ignore).toEqual(['drafts/**', 'a//b.txt']);
    expect(stripJsonc('{"a": "x // y", "b": 1,}')).toBe('{"a": "x // y", "b": 1 }');
  });

  it('a bad file gives one message that says where, never what it holds, and no configuration', () => {
    const bad = parseConfig('{\n "rules": {"N02": "loud"}\n}', 'c', false);
    expect(bad.config).toBeUndefined();
    expect(bad.error?.en).toContain('rules.N02');
    const broken = parseConfig('{\n "rules": 1,\n SECRET: 2}', 'c', false);
    expect(broken.error?.en).toContain('line 3');
    expect(broken.error?.en).not.toContain('SECRET');
    expect(parseConfig('{"rulez": {}}', 'c', false).error?.en).toContain('rulez');
  });

  it('matches ignore globs as .gitignore users expect', () => {
    expect(globToRegExp('drafts/**').test('drafts/2024/a.txt')).toBe(true);
    expect(globToRegExp('**/*.bak.txt').test('x/y/z.bak.txt')).toBe(true);
    expect(globToRegExp('**/*.bak.txt').test('z.bak.txt')).toBe(true);
    expect(globToRegExp('*.old.txt').test('deep/er/a.old.txt')).toBe(true);
    expect(globToRegExp('drafts/*.txt').test('drafts/sub/a.txt')).toBe(false);
    const c = { ...EMPTY_CONFIG, ignore: ['./drafts/**'] };
    expect(isIgnored(c, 'drafts/a.txt')).toBe(true);
    expect(isIgnored(c, 'final/a.txt')).toBe(false);
  });

  it('loads what it names through the reader it is given, and reports a refused path without failing the rest', () => {
    const files: Record<string, string> = {
      'tpl.json': JSON.stringify({ kinds: [{ id: 'T3', name: '支出总表', titles: ['经费支出一览表$'] }] }),
    };
    const { loaded } = loadConfig('{"templates": ["tpl.json", "../outside.json"], "rules": {"N02": "off"}}', '/ws/.budget-disclosure.json', '/ws', '.budget-disclosure.json', (p) =>
      p in files ? { ok: true, text: files[p], path: `/ws/${p}` } : { ok: false, why: { 'zh-CN': '位于工作区文件夹之外，不予读取', en: 'is outside the workspace folder; not read' } },
    );
    expect(loaded?.templates.map((t) => t.id)).toEqual(['T3']);
    expect(loaded?.problems.map((p) => p.en)).toEqual(['.budget-disclosure.json: template ../outside.json is outside the workspace folder; not read; ignored']);
    expect(loaded?.config.rules).toEqual({ N02: 'off' });
  });
});

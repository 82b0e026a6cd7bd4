import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, settingsSchema } from '../../server/src/lsp/settings';
import { ROOT } from '../helpers';

describe('settings', () => {
  it('defaults when nothing is set', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(DEFAULT_SETTINGS.locale).toBe('auto');
    expect(DEFAULT_SETTINGS.inlayHints.enabled).toBe(true);
    expect(DEFAULT_SETTINGS.codeLens.enabled).toBe(true);
  });

  it('every setting the server reads is contributed to VS Code, described in both languages, and listed in the README', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const properties = Object.assign({}, ...[pkg.contributes.configuration].flat().map((c: { properties: object }) => c.properties)) as Record<string, { markdownDescription?: string; default?: unknown }>;
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const nls = ['package.nls.json', 'package.nls.zh-cn.json'].map((f) => JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as Record<string, string>);
    const keys = Object.entries(settingsSchema.shape).flatMap(([k, v]) => {
      if (k === 'rules') return [];
      const inner = (v as { _def: { innerType?: { shape?: object } } })._def.innerType?.shape;
      return inner ? Object.keys(inner).map((f) => `${k}.${f}`) : [k];
    });
    expect(keys).toContain('codeLens.enabled');
    for (const k of keys) {
      const prop = properties[`budgetDisclosure.${k}`];
      expect(prop, k).toBeDefined();
      const id = prop.markdownDescription!.replace(/^%|%$/g, '');
      for (const table of nls) expect(table[id], `${k} in ${id}`).toBeTruthy();
      expect(readme, k).toContain(`| \`budgetDisclosure.${k}\` |`);
    }
    for (const k of Object.keys(properties).filter((p) => !p.includes('.rules.'))) expect(readme, k).toContain(`| \`${k}\` |`);
  });

  it('reads rule severities, the edition as VS Code sends it, and the locale', () => {
    const { settings, problems } = readSettings({ locale: 'en', rules: { N02: 'off', 'T1-02': 'warning' }, catalog: { edition: '2024' } });
    expect(problems).toEqual([]);
    expect(settings.locale).toBe('en');
    expect(settings.rules).toEqual({ N02: 'off', 'T1-02': 'warning' });
    expect(settings.catalog.edition).toBe(2024);
  });

  it('replaces a bad value by its default, keeps the good ones, and says what was wrong', () => {
    const { settings, problems } = readSettings({ locale: 'fr', rules: { N02: 'loud', N06: 'error' }, inlayHints: { enabled: false } });
    expect(settings.locale).toBe('auto');
    expect(settings.rules).toEqual({ N06: 'error' });
    expect(settings.inlayHints.enabled).toBe(false);
    expect(problems.some((p) => p.startsWith('budgetDisclosure.locale'))).toBe(true);
    expect(problems.some((p) => p.startsWith('budgetDisclosure.rules.N02'))).toBe(true);
  });
});

describe('rule severities', () => {
  it('treat "default" as the rule\'s own severity', () => {
    const { settings, problems } = readSettings({ rules: { N02: 'default', N06: 'hint' } });
    expect(problems).toEqual([]);
    expect(settings.rules).toEqual({ N06: 'hint' });
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '../../server/src/lsp/settings';

describe('settings', () => {
  it('defaults when nothing is set', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(DEFAULT_SETTINGS.locale).toBe('auto');
    expect(DEFAULT_SETTINGS.inlayHints.enabled).toBe(true);
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

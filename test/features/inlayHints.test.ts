import { describe, expect, it } from 'vitest';
import { getInlayHints } from '../../server/src/features/inlayHints';
import type { MarkupContent } from 'vscode-languageserver-types';
import { sumIdentity, t3Table, withIdentities } from './fixtures';

describe('inlay hints', () => {
  const doc = t3Table(['201\t一般公共服务支出\t100.01\t60.00\t40.00', '202\t外交支出\t50.00\t10.00\t30.00']);
  const analysis = withIdentities(doc, (a) => {
    const t = a.model.tables[0];
    return [sumIdentity(t, [0, 3], [[0, 4], [0, 5]]), sumIdentity(t, [1, 3], [[1, 4], [1, 5]])];
  });

  it('show the computed sum after a total that fails, not after a rounding gap', () => {
    const hints = getInlayHints(analysis, 'zh-CN');
    expect(hints).toHaveLength(1);
    expect(hints[0].label).toBe('≠ Σ 40.00');
    const lines = doc.split('\n');
    const line = lines.findIndex((l) => l.startsWith('2\t202'));
    expect(hints[0].position).toEqual({ line, character: lines[line].indexOf('50.00') + 5 });
    expect((hints[0].tooltip as MarkupContent).value).toContain('**50.00** ≠ 10.00 + 30.00 ✗');
  });

  it('respect the requested range', () => {
    const end = doc.indexOf('50.00');
    expect(getInlayHints(analysis, 'zh-CN', { start: 0, end })).toEqual([]);
    expect(getInlayHints(analysis, 'en', { start: 0, end: doc.length })).toHaveLength(1);
  });
});

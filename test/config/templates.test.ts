import { describe, expect, it } from 'vitest';
import { parseTemplates } from '../../server/src/config/templates';

describe('template files', () => {
  it('compile a valid file into table kinds', () => {
    const r = parseTemplates(JSON.stringify({ kinds: [{ id: 'T3', name: '支出总表', titles: ['经费支出一览表$'] }] }), 'a.json');
    expect(r.error).toBeUndefined();
    expect(r.kinds.map((k) => k.id)).toEqual(['T3']);
  });

  it('reject bad JSON, a wrong shape or a bad expression with one message in both languages', () => {
    for (const text of ['{', JSON.stringify({ kinds: [{ id: 'T99', name: 'x', titles: ['a'] }] }), JSON.stringify({ kinds: [{ id: 'T3', name: 'x', titles: ['(a'] }] })]) {
      const r = parseTemplates(text, 'bad.json');
      expect(r.kinds).toEqual([]);
      expect(r.error?.['zh-CN']).toContain('bad.json');
      expect(r.error?.en).toContain('bad.json');
    }
  });
});

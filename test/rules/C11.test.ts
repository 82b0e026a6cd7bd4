import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { hits } from './narrativeFixture';

describe('C11 performance tables complete', () => {
  it('000: table 9 stops after 生态效益 while the other 8 have 可持续影响 and 满意度 (warning)', () => {
    expect(hits(seed('000'), 'C11')).toEqual(['2184:warning']);
  });

  it('002: 9 of 10 tables have no 满意度指标 (info)', () => {
    const h = hits(seed('002'), 'C11');
    expect(h).toHaveLength(9);
    expect(h.every((x) => x.endsWith(':info'))).toBe(true);
    expect(h).not.toContain('2027:info');
  });

  it('passes on 001, 003 and 004', () => {
    for (const n of ['001', '003', '004']) expect(hits(seed(n), 'C11'), n).toEqual([]);
  });
});

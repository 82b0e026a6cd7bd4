import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { hits } from './narrativeFixture';

describe('N11 单位 vs 部门 wording', () => {
  it('002 is a 单位预算 that says 部门预算 / 本部门 / 我部门 (info)', () => {
    const h = hits(seed('002'), 'N11');
    expect(h).toContain('1759:info');
    expect(h).toContain('1765:info');
    expect(h.every((x) => x.endsWith(':info'))).toBe(true);
  });

  it('passes on the 部门预算 seeds', () => {
    for (const n of ['000', '003', '004']) expect(hits(seed(n), 'N11'), n).toEqual([]);
  });
});

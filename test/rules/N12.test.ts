import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, hits } from './narrativeFixture';

describe('N12 year consistency', () => {
  it('000: stale 2021 in prose at L1554 and L1568 (info), not the project name "2021年度大气污染防治…"', () => {
    expect(hits(seed('000'), 'N12')).toEqual(['1554:info', '1568:info']);
  });

  it('002: "力争于2020年底前" at L1807 (info)', () => {
    expect(hits(seed('002'), 'N12')).toEqual(['1807:info']);
  });

  it('passes on 003 and 004 (N−1 comparisons are fine)', () => {
    expect(hits(seed('003'), 'N12')).toEqual([]);
    expect(hits(seed('004'), 'N12')).toEqual([]);
  });

  it('flags a table header year that differs from the document year (warning)', () => {
    const t = edit('004', ['预算年度：2023\n\n单位：万元\n\n序号\t收入', '预算年度：2022\n\n单位：万元\n\n序号\t收入']);
    expect(hits(t, 'N12')).toEqual(['38:warning']);
  });
});

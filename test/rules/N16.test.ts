import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, fixes, hits } from './narrativeFixture';

describe('N16 comparison year', () => {
  it('passes on the seeds (each compares with N−1)', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'N16'), n).toEqual([]);
  });

  it('flags a 2024 document comparing with "2024年预算"', () => {
    const t = edit('003', ['较2023年预算减少5.13万元', '较2024年预算减少5.13万元']);
    expect(hits(t, 'N16')).toEqual(['435:warning']);
    expect(fixes(t, 'N16')).toEqual([['2024', '2023']]);
  });

  it('flags a spaced year two years back', () => {
    expect(hits(edit('004', ['较 2022年 1720.78', '较 2021年 1720.78']), 'N16')).toEqual(['438:warning']);
  });
});

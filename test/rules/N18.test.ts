import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, fixes, hits } from './narrativeFixture';

describe('N18 direction words against the figures', () => {
  it('passes on the seeds', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'N18'), n).toEqual([]);
  });

  it('flags 减少 for a rise', () => {
    const t = edit('002', ['较2022年预算702.04万元增加377.05万元', '较2022年预算702.04万元减少377.05万元']);
    expect(hits(t, 'N18')).toEqual(['1761:error']);
    expect(fixes(t, 'N18')).toEqual([['减少', '增加']]);
  });

  it('flags 持平 in a clause that states a change', () => {
    const t = edit('002', ['公务用车运行维护费10.86万元，与上年持平，无增减变化', '公务用车运行维护费10.86万元，与上年持平，增加0.50万元']);
    expect(hits(t, 'N18')).toEqual(['1765:error']);
  });

  it('reads figures printed with spaces (seed 004: "较 2022年 1720.78 万元预算增加 354.58 万元")', () => {
    expect(hits(seed('004'), 'N18')).toEqual([]);
    const t = edit('004', ['较 2022年 1720.78 万元预算增加 354.58 万元', '较 2022年 1720.78 万元预算减少 354.58 万元']);
    expect(hits(t, 'N18')).toEqual(['438:error']);
  });
});

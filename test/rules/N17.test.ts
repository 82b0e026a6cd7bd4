import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { hits } from './narrativeFixture';

describe('N17 one item, two amounts in the same section', () => {
  it('flags 办公费 stated twice with different amounts', () => {
    const text = '三、机关运行经费安排情况\n机关运行经费共计安排58.68万元，主要用于办公费5.84万元、邮电费4.44万元。其中办公费5.48万元用于日常办公。\n';
    expect(hits(text, 'N17')).toEqual(['2:warning']);
  });

  it('passes the same amount in 元 and 万元 forms', () => {
    const text = '三、机关运行经费安排情况\n机关运行经费共计安排1430500元，主要用于办公费15000元。办公费15000元用于日常办公。\n';
    expect(hits(text, 'N17')).toEqual([]);
  });

  it('passes on the seeds (prior-year “三公” figures of 004 are another year)', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'N17'), n).toEqual([]);
  });

  it('reads figures printed with a space before the unit (seed 004 style)', () => {
    const text = '三、机关运行经费安排情况\n本年度机关运行经费安排 109.45 万元，包括办公费 5.84 万元。其中办公费 5.48 万元用于日常办公。\n';
    expect(hits(text, 'N17')).toEqual(['2:warning']);
    expect(hits(text.replace('5.48 万元', '5.84 万元'), 'N17')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { editNth, hits } from './narrativeFixture';

describe('C01 all nine standard tables', () => {
  it('passes on 000, 002, 003, 004; N/A for the 绩效文本 001', () => {
    for (const n of ['000', '001', '002', '003', '004']) expect(hits(seed(n), 'C01'), n).toEqual([]);
  });

  it('flags a missing T8', () => {
    const t = editNth(seed('004'), '部门预算国有资本经营预算财政拨款支出表', '附表', 2);
    expect(hits(t, 'C01')).toHaveLength(1);
    expect(hits(t, 'C01')[0]).toMatch(/:error$/);
  });
});

import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, hits } from './narrativeFixture';

describe('C07 T9 splits 购置费 and 运行维护费', () => {
  it('passes on the seeds', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'C07'), n).toEqual([]);
  });

  it('flags a T9 without the 购置费 row', () => {
    const t = edit('004', ['7\t其中：公务用车购置费', '7\t其中：车辆购置']);
    expect(hits(t, 'C07')).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { hits } from './narrativeFixture';

describe('C06 level of detail', () => {
  it('passes on the four table seeds', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'C06'), n).toEqual([]);
  });

  it('flags a 款 with no 项 under it', () => {
    const t = seed('004').replace('9\t2011308\t招商引资\t10.00\t\t10.00\t\t\t\n', '');
    expect(t).not.toBe(seed('004'));
    expect(hits(t, 'C06')).toEqual(['147:error']);
  });
});

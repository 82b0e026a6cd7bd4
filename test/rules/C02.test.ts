import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, hits } from './narrativeFixture';

describe('C02 empty tables carry a note', () => {
  it('passes on the seeds (each empty T7/T8/T10 says 空表列示)', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'C02'), n).toEqual([]);
  });

  it('flags an empty T7 without its note', () => {
    const t = edit('004', ['注：无政府基金预算财政拨款预算，空表列示。', '']);
    expect(hits(t, 'C02')).toHaveLength(1);
    expect(hits(t, 'C02')[0]).toMatch(/:error$/);
  });
});

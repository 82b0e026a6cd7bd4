import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, hits } from './narrativeFixture';

describe('N07 “三公” 增减 arithmetic', () => {
  it('passes on 003 (−0.05 = 公务接待 −0.05) and 004 (14.55 − 14.49 = 0.06)', () => {
    expect(hits(seed('003'), 'N07')).toEqual([]);
    expect(hits(seed('004'), 'N07')).toEqual([]);
  });

  it('flags a prior-year total that does not give the stated change', () => {
    expect(hits(edit('004', ['2022年三公经费为 14.55 万元', '2022年三公经费为 14.65 万元']), 'N07')).toEqual(['446:error']);
  });

  it('flags item changes that do not add up to the total change', () => {
    expect(hits(edit('003', ['公务接待费22.32万元，较上年减少0.05万元', '公务接待费22.32万元，较上年减少0.50万元']), 'N07')).toEqual(['443:error']);
  });
});

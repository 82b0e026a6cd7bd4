import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('X01', () => {
  it('flags a T2 合计 row that disagrees with T1', () => {
    const doc = ['100.00', '100.00', '100.00'].reduce((d) => alter(d, '1\t\t合计\t', '100.00', '100.10'), FULL);
    expect(ruleHits(doc, 'X01')).toEqual(expect.arrayContaining([`${lineOf(doc, '1\t\t合计\t100.10')}:error`]));
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'X01')).toEqual([]);
  });
});

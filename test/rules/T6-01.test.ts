import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T6-01', () => {
  it('flags a T6 row whose 合计 ≠ 人员经费 + 公用经费', () => {
    const doc = alter(FULL, '30201', '6.00', '6.10', 1);
    expect(ruleHits(doc, 'T6-01')).toEqual([`${lineOf(doc, '30201')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T6-01')).toEqual([]);
  });
});

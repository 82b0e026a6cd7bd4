import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('X07', () => {
  it('flags T6 合计 that disagrees with T5 基本支出', () => {
    const doc = alter(alter(FULL, '1\t\t合计\t70.00', '70.00', '70.10'), '1\t\t合计\t70.10', '60.00', '60.10');
    expect(ruleHits(doc, 'X07')).toEqual([`${lineOf(doc, '1\t\t合计\t70.10')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'X07')).toEqual([]);
  });
});

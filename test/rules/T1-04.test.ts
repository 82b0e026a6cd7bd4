import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T1-04', () => {
  it('flags 收入总计 ≠ 支出总计', () => {
    const doc = alter(FULL, '收入总计', '100.00', '100.10');
    expect(ruleHits(doc, 'T1-04')).toEqual([`${lineOf(doc, '收入总计')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T1-04')).toEqual([]);
  });
});

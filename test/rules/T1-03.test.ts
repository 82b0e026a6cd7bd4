import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T1-03', () => {
  it('flags 收入总计 ≠ 本年收入合计 + 上年结转结余', () => {
    const doc = alter(FULL, '收入总计', '100.00', '100.10');
    expect(ruleHits(doc, 'T1-03')).toEqual([`${lineOf(doc, '收入总计')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T1-03')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T5-02', () => {
  it('flags a T5 类 that is not the sum of its 款', () => {
    const doc = alter(FULL, '208\t社会保障和就业支出', '20.00', '20.10', 0, '一般公共预算财政拨款支出表');
    expect(ruleHits(doc, 'T5-02')).toEqual(expect.arrayContaining([`${lineOf(doc, '208\t社会保障和就业支出', '一般公共预算财政拨款支出表')}:error`]));
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T5-02')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T3-02', () => {
  it('flags a T3 类 that is not the sum of its 款', () => {
    const doc = alter(alter(FULL, '201\t一般公共服务支出\t80.00\t50.00', '80.00', '80.10'), '201\t一般公共服务支出\t80.10\t50.00', '50.00', '50.10');
    expect(ruleHits(doc, 'T3-02')).toEqual([1, 2, 3, 4].map(() => `${lineOf(doc, '201\t一般公共服务支出\t80.10\t50.10')}:error`));
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T3-02')).toEqual([]);
  });
});

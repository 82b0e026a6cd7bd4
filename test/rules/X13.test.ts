import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('X13', () => {
  it('flags 绩效目标表 budgets that do not add up to 项目支出', () => {
    const doc = alter(alter(alter(FULL, '预算数\t30.00', '30.00', '25.00', 0), '预算数\t25.00', '30.00', '25.00', 0), '5.00\t\t10.00', '30.00', '25.00');
    expect(ruleHits(doc, 'X13')).toEqual([`${lineOf(doc, '1\t\t合计\t100.00\t70.00\t30.00')}:warning`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'X13')).toEqual([]);
  });
});

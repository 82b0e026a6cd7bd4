import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T5-01', () => {
  it('flags a T5 row whose 合计 ≠ 基本 + 项目', () => {
    const doc = alter(FULL, '2013101', '50.00', '50.10', 1, '一般公共预算财政拨款支出表');
    expect(ruleHits(doc, 'T5-01')).toEqual([`${lineOf(doc, '2013101', '一般公共预算财政拨款支出表')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T5-01')).toEqual([]);
  });
});

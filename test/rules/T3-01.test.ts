import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T3-01', () => {
  it('flags a T3 row whose 合计 ≠ 基本 + 项目', () => {
    const doc = alter(FULL, '2013101', '50.00', '50.10', 1, '部门预算支出总表');
    expect(ruleHits(doc, 'T3-01')).toEqual([`${lineOf(doc, '2013101', '部门预算支出总表')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T3-01')).toEqual([]);
  });
});

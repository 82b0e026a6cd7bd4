import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T4-01', () => {
  it('flags a T4 row whose 合计 ≠ 一般公共 + 基金 + 国资', () => {
    const doc = alter(FULL, '一、一般公共服务支出\t80.00\t80.00', '80.00', '80.10', 1);
    expect(ruleHits(doc, 'T4-01')).toEqual(expect.arrayContaining([`${lineOf(doc, '一、一般公共服务支出\t80.00\t80.10')}:error`]));
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T4-01')).toEqual([]);
  });
});

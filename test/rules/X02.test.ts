import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('X02', () => {
  it('flags a T1 类 row that disagrees with T3', () => {
    const doc = alter(FULL, '一、一般公共服务支出\t80.00', '80.00', '80.10');
    expect(ruleHits(doc, 'X02')).toEqual([`${lineOf(doc, '一、一般公共服务支出')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'X02')).toEqual([]);
  });
});

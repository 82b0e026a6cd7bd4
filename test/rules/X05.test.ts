import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('X05', () => {
  it('flags a T4 一般公共预算 类 row that disagrees with T5', () => {
    const doc = alter(alter(FULL, '八、社会保障和就业支出\t20.00\t20.00', '20.00', '20.10', 0), '八、社会保障和就业支出\t20.10\t20.00', '20.00', '20.10');
    expect(ruleHits(doc, 'X05')).toEqual([`${lineOf(doc, '八、社会保障和就业支出\t20.10\t20.10')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'X05')).toEqual([]);
  });
});

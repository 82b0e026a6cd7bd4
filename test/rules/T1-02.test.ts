import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T1-02', () => {
  it('flags a 类 row that does not add up to 本年支出合计', () => {
    const doc = alter(FULL, '八、社会保障和就业支出', '20.00', '20.10');
    expect(ruleHits(doc, 'T1-02')).toEqual([`${lineOf(doc, '八、社会保障和就业支出')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T1-02')).toEqual([]);
  });
});

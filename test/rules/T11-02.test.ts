import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, lineOf } from '../reconcile/fixtures';

describe('T11-02', () => {
  it('warns when 截止时间 is not 31 December of the year before the budget year', () => {
    const doc = FULL.replace('截止时间：2023-12-31', '截止时间：2022-12-31');
    expect(ruleHits(doc, 'T11-02')).toEqual([`${lineOf(doc, '截止时间')}:warning`]);
  });

  it('passes (预算年度 2024, 截止时间 2023-12-31)', () => {
    expect(ruleHits(FULL, 'T11-02')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T10-01', () => {
  it('flags 数量 × 单价 ≠ 政府采购金额', () => {
    const doc = alter(FULL, '台式计算机', '4', '5');
    expect(ruleHits(doc, 'T10-01')).toEqual([`${lineOf(doc, '台式计算机')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T10-01')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T1-05', () => {
  it('flags 本年收入合计 ≠ 本年支出合计 without carry-over', () => {
    // 本年支出合计 and 支出总计 (the second figure of their rows) and a 类 row all raised by 0.10: only T1-05 and X02 see it.
    const doc = alter(alter(alter(FULL, '本年支出合计', '100.00', '100.10', 1), '支出总计', '100.00', '100.10', 1), '一、一般公共服务支出', '80.00', '80.10');
    expect(ruleHits(doc, 'T1-05')).toEqual([`${lineOf(doc, '本年支出合计')}:error`]);
  });

  it('does not require it when there is a carry-over (S7: 675.82 vs 690.36 with 14.54 结转)', () => {
    const withCarry = alter(alter(FULL, '上年结转结余', '', '10.00', 0), '收入总计', '100.00', '110.00', 0);
    const doc = alter(alter(alter(withCarry, '本年支出合计', '100.00', '110.00', 1), '支出总计', '100.00', '110.00'), '一、一般公共服务支出', '80.00', '90.00');
    expect(ruleHits(doc, 'T1-01')).toEqual([]);
    expect(ruleHits(doc, 'T1-02')).toEqual([]);
    expect(ruleHits(doc, 'T1-03')).toEqual([]);
    expect(ruleHits(doc, 'T1-05')).toEqual([]);
    expect(ruleHits(doc, 'T1-04')).toEqual([]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T1-05')).toEqual([]);
  });
});

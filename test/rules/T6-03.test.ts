import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T6-03', () => {
  it('flags 人员经费 that is not 301 + 303', () => {
    const doc = alter(alter(FULL, '1\t\t合计\t70.00\t60.00', '60.00', '60.10'), '1\t\t合计\t70.00\t60.10', '70.00', '70.10');
    expect(ruleHits(doc, 'T6-03')).toEqual([`${lineOf(doc, '1\t\t合计\t70.10\t60.10')}:error`]);
  });

  it('warns about a 款 that carries both 人员经费 and 公用经费', () => {
    const doc = alter(alter(FULL, '30201', '', '1.00', 0), '30201', '6.00', '5.00', 1);
    expect(ruleHits(doc, 'T6-03')).toEqual([`${lineOf(doc, '30201')}:warning`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T6-03')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T2-01', () => {
  it('flags 本年收入小计 that differs from its sources and from 合计', () => {
    const doc = alter(FULL, '2013101', '50.00', '50.10', 1);
    expect(ruleHits(doc, 'T2-01')).toEqual([`${lineOf(doc, '2013101')}:error`, `${lineOf(doc, '2013101')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T2-01')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('X03', () => {
  it('flags a T2 code whose 合计 disagrees with T3', () => {
    const doc = ['50.00', '50.00', '50.00'].reduce((d) => alter(d, '2013101', '50.00', '50.10'), FULL);
    expect(ruleHits(doc, 'X03')).toEqual([`${lineOf(doc, '2013101')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'X03')).toEqual([]);
  });
});

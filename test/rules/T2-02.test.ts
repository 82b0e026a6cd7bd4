import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T2-02', () => {
  it('flags a 款 that is not the sum of its 项 (in T2)', () => {
    const doc = alter(alter(alter(FULL, '2013101', '50.00', '50.10', 0), '2013101', '50.00', '50.10', 0), '2013101', '50.00', '50.10', 0);
    expect(ruleHits(doc, 'T2-02')).toEqual([`${lineOf(doc, '20131')}:error`, `${lineOf(doc, '20131')}:error`, `${lineOf(doc, '2013101')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T2-02')).toEqual([]);
  });
});

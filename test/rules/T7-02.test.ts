import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { T7, alter, lineOf } from '../reconcile/fixtures';

describe('T7-02', () => {
  it('flags a T7 款 that is not the sum of its 项', () => {
    const doc = alter(alter(T7, '2120899', '10.00', '10.10', 0), '2120899', '10.00', '10.10', 0);
    expect(ruleHits(doc, 'T7-02')).toEqual([`${lineOf(doc, '21208\t')}:error`, `${lineOf(doc, '21208\t')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(T7, 'T7-02')).toEqual([]);
  });
});

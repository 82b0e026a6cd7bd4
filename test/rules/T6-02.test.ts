import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T6-02', () => {
  it('flags an economic 类 that is not the sum of its 款', () => {
    const doc = alter(alter(FULL, '30201', '6.00', '6.10', 0), '30201', '6.00', '6.10', 0);
    expect(ruleHits(doc, 'T6-02')).toEqual([`${lineOf(doc, '302\t')}:error`, `${lineOf(doc, '302\t')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T6-02')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T9-01', () => {
  it('flags a “三公” subtotal that is not the sum of its items', () => {
    const doc = alter(alter(FULL, '“三公”经费小计', '6.00', '6.10'), '“三公”经费小计', '6.00', '6.10');
    expect(ruleHits(doc, 'T9-01')).toEqual([`${lineOf(doc, '“三公”经费小计')}:error`, `${lineOf(doc, '“三公”经费小计')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T9-01')).toEqual([]);
  });
});

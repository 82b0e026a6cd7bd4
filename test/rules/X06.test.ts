import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, T7, lineOf } from '../reconcile/fixtures';

describe('X06', () => {
  it('flags a T7 with figures while the T4 基金 column is blank', () => {
    const doc = [FULL, T7].join('\n');
    expect(ruleHits(doc, 'X06')).toEqual(expect.arrayContaining([`${lineOf(doc, '1\t\t合计\t10.00')}:error`]));
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'X06')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('X04', () => {
  it('flags T4 一般公共预算拨款 income that disagrees with T1', () => {
    const doc = alter(FULL, '1\t一、一般公共预算拨款\t100.00', '100.00', '100.10');
    expect(ruleHits(doc, 'X04')).toEqual([`${lineOf(doc, '1\t一、一般公共预算拨款\t100.10')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'X04')).toEqual([]);
  });
});

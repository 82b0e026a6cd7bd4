import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('X10', () => {
  it('flags T6 30108 that differs from T5 2080505 基本支出', () => {
    const doc = alter(alter(FULL, '30108', '20.00', '20.10', 0), '30108', '20.00', '20.10', 0);
    expect(ruleHits(doc, 'X10')).toEqual([`${lineOf(doc, '30108')}:warning`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'X10')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T9-06', () => {
  it('flags a 三公 row whose 合计 ≠ the funding columns', () => {
    const doc = alter(FULL, '三、公务接待费', '2.00', '2.10', 1);
    expect(ruleHits(doc, 'T9-06')).toEqual([`${lineOf(doc, '三、公务接待费')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T9-06')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T9-03', () => {
  it('flags 因公出国（境）费 ≠ its two split rows', () => {
    const doc = alter(alter(FULL, '其他因公出国（境）费', '', '1.00', 0), '其他因公出国（境）费', '', '1.00', 0);
    expect(ruleHits(doc, 'T9-03')).toEqual([`${lineOf(doc, '其他因公出国（境）费')}:error`, `${lineOf(doc, '其他因公出国（境）费')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T9-03')).toEqual([]);
  });
});

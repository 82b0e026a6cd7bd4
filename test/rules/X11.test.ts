import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('X11', () => {
  it('flags a 三公 item below the matching T6 economic item', () => {
    const doc = alter(alter(FULL, '30217', '1.00', '3.00', 0), '30217', '1.00', '3.00', 0);
    expect(ruleHits(doc, 'X11')).toEqual([`${lineOf(doc, '30217')}:warning`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'X11')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, T5, T9, TITLE, lineOf } from '../reconcile/fixtures';

describe('X09', () => {
  it('flags “三公” spending above the T5 total', () => {
    const doc = [TITLE, T5.replace(/100\.00\t70\.00\t30\.00/, '5.00\t5.00\t'), T9].join('\n');
    expect(ruleHits(doc, 'X09')).toEqual([`${lineOf(doc, '1\t\t合计\t5.00')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'X09')).toEqual([]);
  });
});

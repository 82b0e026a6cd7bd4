import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T9-05', () => {
  it('flags 会议费 ≠ 省属高校业务性会议费 + 其他会议费 (seed 003 L353)', () => {
    const doc = alter(alter(FULL, '省属高校业务性会议费', '', '1.00', 0), '省属高校业务性会议费', '', '1.00', 0);
    expect(ruleHits(doc, 'T9-05')).toEqual([`${lineOf(doc, '四、会议费')}:error`, `${lineOf(doc, '四、会议费')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T9-05')).toEqual([]);
  });
});

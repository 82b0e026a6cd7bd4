import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, T9, alter, lineOf } from '../reconcile/fixtures';

describe('T9-04', () => {
  it('flags 合计 ≠ 三公小计 + 会议费 + 培训费 (2024 layout)', () => {
    const doc = alter(alter(FULL, '1\t合计\t8.00', '8.00', '8.10'), '1\t合计\t8.10', '8.00', '8.10');
    expect(ruleHits(doc, 'T9-04')).toEqual([`${lineOf(doc, '1\t合计\t8.10')}:error`, `${lineOf(doc, '1\t合计\t8.10')}:error`]);
  });

  it('2023 layout (seed 004 L361–362): no 会议费 / 培训费 rows, so 合计 = 小计', () => {
    const y2023 = T9.replace(/^10\t四、会议费.*\n11\t.*\n12\t.*\n13\t五、培训费.*\n/m, '').replace(/1\t合计\t8\.00\t8\.00/, '1\t合计\t6.00\t6.00');
    expect(y2023).not.toContain('会议费');
    expect(ruleHits(y2023, 'T9-04')).toEqual([]);
    const doc = alter(alter(y2023, '1\t合计', '6.00', '8.00'), '1\t合计', '6.00', '8.00');
    expect(ruleHits(doc, 'T9-04')).toEqual([`${lineOf(doc, '1\t合计')}:error`, `${lineOf(doc, '1\t合计')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T9-04')).toEqual([]);
  });
});

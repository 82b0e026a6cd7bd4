import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T9-02', () => {
  it('flags 公务用车购置及运维费 ≠ 购置费 + 运行维护费', () => {
    const doc = alter(alter(FULL, '公务用车运行维护费\t4.00', '4.00', '4.10'), '公务用车运行维护费\t4.10', '4.00', '4.10');
    expect(ruleHits(doc, 'T9-02')).toEqual(expect.arrayContaining([`${lineOf(doc, '二、公务用车购置及运维费')}:error`]));
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T9-02')).toEqual([]);
  });
});

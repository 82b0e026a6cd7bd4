import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { T8, alter, lineOf } from '../reconcile/fixtures';

describe('T8-02', () => {
  it('flags a T8 row whose 合计 ≠ 基本 + 项目', () => {
    const doc = alter(T8, '22301\t', '10.00', '10.10', 1);
    expect(ruleHits(doc, 'T8-02')).toEqual(expect.arrayContaining([`${lineOf(doc, '22301\t')}:error`]));
  });

  it('passes consistent tables', () => {
    expect(ruleHits(T8, 'T8-02')).toEqual([]);
  });
});

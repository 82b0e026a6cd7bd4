import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('X14', () => {
  it('warns about a procurement project with no 绩效目标表', () => {
    const doc = alter(FULL, '台式计算机', '综合保障管理费', '机房改造费');
    expect(ruleHits(doc, 'X14')).toEqual([`${lineOf(doc, '机房改造费')}:warning`]);
  });

  it('passes when the project has a 绩效目标表 (seed 000 行政中心物业管理合同费用)', () => {
    expect(ruleHits(FULL, 'X14')).toEqual([]);
  });
});

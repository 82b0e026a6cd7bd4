import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, fixes, hits } from './narrativeFixture';

describe('N19 obsolete classification names', () => {
  it('passes on the seeds', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'N19'), n).toEqual([]);
  });

  it('flags 医疗卫生与计划生育支出 in a 2023 document', () => {
    const t = edit('004', ['十、卫生健康支出', '十、医疗卫生与计划生育支出']);
    expect(hits(t, 'N19')).toHaveLength(1);
    expect(fixes(t, 'N19')).toEqual([['医疗卫生与计划生育支出', '卫生健康支出']]);
  });

  it('flags 文化体育与传媒支出 but not 文化旅游体育与传媒支出', () => {
    const t = edit('002', ['七、文化旅游体育与传媒支出', '七、文化体育与传媒支出']);
    expect(hits(t, 'N19')).toEqual(['65:warning']);
  });
});

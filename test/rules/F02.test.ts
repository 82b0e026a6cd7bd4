import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, hits } from './narrativeFixture';

describe('F02 one unit per section', () => {
  it('passes on the seeds (000 is all 元, the others 万元; slips are F01)', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'F02'), n).toEqual([]);
  });

  it('leaves a per-head rate in 元 alone (人均定额, 每人每月)', () => {
    const t = edit('004', ['基本支出 1892.49 万元', '基本支出 1892.49 万元，工会经费人均定额增加1000元']);
    expect(hits(t, 'F02')).toEqual([]);
  });

  it('flags a 元 amount in a 万元 section', () => {
    const t = edit('004', ['基本支出 1892.49 万元', '基本支出 18924900 元']);
    expect(hits(t, 'F02')).toEqual(['434:warning']);
    expect(hits(t, 'N02')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, hits } from './narrativeFixture';

describe('N04 比上年增减 arithmetic', () => {
  it('passes on the seeds (000 in 元, 002, 003 across two sentences, 004 with spaces)', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'N04'), n).toEqual([]);
  });

  it('flags current − prior ≠ stated change', () => {
    expect(hits(edit('002', ['增加377.05万元', '增加377.50万元']), 'N04')).toEqual(['1761:error', '1761:error']);
  });

  it('flags 基本 + 项目 ≠ total in 元', () => {
    expect(hits(edit('000', ['项目支出增加4301200元', '项目支出增加4301300元']), 'N04')).toEqual(['1531:error']);
  });

  it('flags a spaced prior figure that does not reconcile', () => {
    expect(hits(edit('004', ['较 2022年 1720.78 万元', '较 2022年 1702.78 万元']), 'N04')).toEqual(['438:error']);
  });
});

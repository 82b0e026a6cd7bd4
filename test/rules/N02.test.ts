import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, fixes, hits, relatedLines, spans } from './narrativeFixture';

describe('N02 支出说明 vs T1 / T3 / T6', () => {
  it('002 L1759: "2023年预算支出为702.04万元" is an error, fixed to 1079.09', () => {
    const t = seed('002');
    expect(hits(t, 'N02')).toEqual(['1759:error']);
    expect(spans(t, 'N02')).toEqual(['702.04']);
    expect(fixes(t, 'N02')).toEqual([['702.04', '1079.09']]);
    // T1 本年支出合计 (row L212; its cell is printed on L216 in this one-cell-per-line export).
    expect(relatedLines(t, 'N02')).toEqual([[216]]);
  });

  it('passes on 000 (元), 003 and 004 (spaced figures)', () => {
    for (const n of ['000', '003', '004']) expect(hits(seed(n), 'N02'), n).toEqual([]);
  });

  it('checks 基本支出 against T3 合计 in 元', () => {
    const t = edit('000', ['基本支出2355600元', '基本支出2356600元']);
    expect(hits(t, 'N02')).toEqual(['1527:error']);
    expect(fixes(t, 'N02')).toEqual([['2356600', '2355600']]);
  });

  it('checks 项目支出 against T3 合计 with a space before the unit', () => {
    expect(hits(edit('004', ['项目支出 182.87 万元', '项目支出 128.87 万元']), 'N02')).toEqual(['434:error']);
  });

  it('checks 人员经费 and 日常公用经费 against T6 合计', () => {
    const t = edit('003', ['人员经费447.41万元和日常公用经费48.73万元', '人员经费447.14万元和日常公用经费48.37万元']);
    expect(hits(t, 'N02')).toEqual(['431:error', '431:error']);
  });

  it('reads "612万元" against 612.00 as consistent', () => {
    expect(hits(edit('002', ['2023年预算支出为702.04万元', '2023年预算支出为1079.09万元']), 'N02')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, fixes, hits, relatedLines } from './narrativeFixture';

describe('N06 “三公” narrative vs T9', () => {
  it('002 L1765: 12.35 vs T9 小计 12.36 is an error', () => {
    expect(hits(seed('002'), 'N06')).toEqual(['1765:error']);
    expect(fixes(seed('002'), 'N06')).toEqual([['12.35', '12.36']]);
    expect(relatedLines(seed('002'), 'N06')).toEqual([[1670]]);
  });

  it('003 L443: 会议费, 培训费 and 合计 of the 2024 table are not mentioned (warning)', () => {
    expect(hits(seed('003'), 'N06')).toEqual(['443:warning']);
  });

  it('passes on 000 (139000元 = 13.90) and 004 (14.49, prior-year sentence ignored)', () => {
    expect(hits(seed('000'), 'N06')).toEqual([]);
    expect(hits(seed('004'), 'N06')).toEqual([]);
  });

  it('flags a 元 total that is not T9 小计', () => {
    expect(hits(edit('000', ['“三公”经费预算安排139000元', '“三公”经费预算安排193000元']), 'N06')).toEqual(['1537:error']);
  });

  it('flags an item with a space before the unit', () => {
    expect(hits(edit('004', ['公务用车运行费 3.8 万元；', '公务用车运行费 3.6 万元；']), 'N06')).toEqual(['446:error']);
  });

  it('passes 003 once the 2024 rows are stated', () => {
    const t = edit('003', ['较上年减少0.05万元。', '较上年减少0.05万元，另安排会议费7.00万元、培训费5.27万元，合计68.59万元。']);
    expect(hits(t, 'N06')).toEqual([]);
  });
});

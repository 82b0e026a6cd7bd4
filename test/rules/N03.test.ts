import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, fixes, hits, relatedLines, spans } from './narrativeFixture';

describe('N03 projects listed in 支出说明 vs T12', () => {
  it('002 L1759: 行政后勤经费 50万元 against the ≤60万元 cap (L2129) is an error; the Σ gap is a warning', () => {
    const t = seed('002');
    expect(hits(t, 'N03').sort()).toEqual(['1759:error', '1759:warning']);
    expect(spans(t, 'N03')).toContain('50');
    // No fix: the cap allows any amount up to 60, so copying 60 would offer a value the rule accepts as much as 50.
    expect(fixes(t, 'N03')).toEqual([]);
    // The related information points at the cap cell "≤60万元".
    expect(relatedLines(t, 'N03')).toContainEqual([2129]);
  });

  it('passes on 000 (9 items in 元 = 4731200) and 003 (11 items = 221.40)', () => {
    expect(hits(seed('000'), 'N03')).toEqual([]);
    expect(hits(seed('003'), 'N03')).toEqual([]);
  });

  it('flags an amount that differs from the 2024 预算数', () => {
    const t = edit('003', ['车辆保险费安排2.8万元', '车辆保险费安排3.8万元']);
    // The sum gap (1.00) stays within the rounding of the whole-万元 items (±0.5 each), so only the item is reported.
    expect(hits(t, 'N03')).toEqual(['431:error']);
  });

  it('passes once the narrative reads 60万元', () => {
    expect(hits(edit('002', ['行政后勤经费为50万元', '行政后勤经费为60万元']), 'N03')).toEqual([]);
  });

  it('reads a listed amount printed with a space before the unit', () => {
    const spaced = edit('003', ['车辆保险费安排2.8万元', '车辆保险费安排 3.8 万元']);
    expect(hits(spaced, 'N03')).toEqual(['431:error']);
    expect(hits(edit('003', ['车辆保险费安排2.8万元', '车辆保险费安排 2.8 万元']), 'N03')).toEqual([]);
  });
});

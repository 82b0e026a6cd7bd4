import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, fixes, hits } from './narrativeFixture';

describe('N08 政府采购 amount vs T10', () => {
  it('passes on 000 (132), 002 (229.00) and 004 (0.00, empty table)', () => {
    for (const n of ['000', '002', '004']) expect(hits(seed(n), 'N08'), n).toEqual([]);
  });

  it('003 has no amount sentence: info', () => {
    expect(hits(seed('003'), 'N08')).toEqual(['762:info']);
  });

  it('flags an amount that is not the T10 total', () => {
    const t = edit('002', ['安排政府采购预算229.00万元', '安排政府采购预算292.00万元']);
    expect(hits(t, 'N08')).toEqual(['2342:error']);
    expect(fixes(t, 'N08')).toEqual([['292.00', '229.00']]);
  });

  it('flags a non-zero amount when T10 is empty', () => {
    expect(hits(edit('004', ['安排政府采购预算 0.00 万元', '安排政府采购预算 5.00 万元']), 'N08')).toEqual(['837:error']);
  });
});

import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, fixes, hits } from './narrativeFixture';

describe('N01 收入说明 vs T1', () => {
  it('passes on the seeds (000 in 元, 002, 003 with 单位资金 0.00, 004 with spaces)', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'N01'), n).toEqual([]);
  });

  it('flags a 元-denominated total that is not T1 本年收入合计', () => {
    const t = edit('000', ['2023年预算收入为7086800元', '2023年预算收入为7068800元']);
    expect(hits(t, 'N01')).toEqual(['1523:error']);
    expect(fixes(t, 'N01')).toEqual([['7068800', '7086800']]);
  });

  it('allows a 元 figure within 0.005 万元 of the table, not beyond', () => {
    expect(hits(edit('000', ['2023年预算收入为7086800元', '2023年预算收入为7086849元']), 'N01')).toEqual([]);
    expect(hits(edit('000', ['2023年预算收入为7086800元', '2023年预算收入为7086851元']), 'N01')).toEqual(['1523:error']);
  });

  it('flags a component with a space before the unit ("2075.63 万元")', () => {
    const t = edit('004', ['一般公共预算收入 2075.36 万元', '一般公共预算收入 2075.63 万元']);
    expect(hits(t, 'N01')).toEqual(['430:error']);
    expect(fixes(t, 'N01')).toEqual([['2075.63', '2075.36']]);
  });

  it('reads fewer decimals as rounding: "2075.4 万元" and "2075 万元" are consistent with 2075.36', () => {
    expect(hits(edit('004', ['2023年预算收入 2075.36 万元', '2023年预算收入 2075.4 万元']), 'N01')).toEqual([]);
    expect(hits(edit('004', ['2023年预算收入 2075.36 万元', '2023年预算收入 2075 万元']), 'N01')).toEqual([]);
    expect(hits(edit('004', ['2023年预算收入 2075.36 万元', '2023年预算收入 2076 万元']), 'N01')).toEqual(['430:error']);
  });

  it('flags a non-zero component whose T1 row is blank (基金预算收入)', () => {
    const t = edit('003', ['基金预算收入0.00万元', '基金预算收入5.00万元']);
    expect(hits(t, 'N01')).toEqual(['427:error']);
  });
});

import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { hits } from './narrativeFixture';

const head = '二、部门预算安排的总体情况\n3、比上年增减情况\n';

describe('N15 percentages recomputed from the figures', () => {
  it('passes a growth rate that follows from the amounts (377.05 ÷ 702.04 = 53.71%)', () => {
    expect(hits(`${head}2023年预算支出安排1079.09万元，较2022年预算702.04万元增加377.05万元，增长53.71%。\n`, 'N15')).toEqual([]);
  });

  it('flags a growth rate that does not', () => {
    expect(hits(`${head}2023年预算支出安排1079.09万元，较2022年预算702.04万元增加377.05万元，增长55.71%。\n`, 'N15')).toEqual(['3:error']);
  });

  it('flags "增长100%" from a zero base', () => {
    expect(hits(`${head}2023年预算支出安排10万元，较2022年预算0万元增加10万元，增长100%。\n`, 'N15')).toEqual(['3:error']);
  });

  it('checks shares: 670.69 ÷ 1079.09 = 62.15%', () => {
    expect(hits(`${head}2023年预算支出1079.09万元，其中基本支出670.69万元，占62.15%。\n`, 'N15')).toEqual([]);
    expect(hits(`${head}2023年预算支出1079.09万元，其中基本支出670.69万元，占65.15%。\n`, 'N15')).toEqual(['3:error']);
  });

  it('reads 元 amounts: 4282500 ÷ 2804300 = 152.71%', () => {
    expect(hits(`${head}2023年预算支出安排7086800元，较2022年预算2804300元增加4282500元，增长152.71%。\n`, 'N15')).toEqual([]);
  });

  it('finds nothing on the seeds (they print no such percentages)', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'N15'), n).toEqual([]);
  });

  it('reads figures printed with spaces: 354.58 ÷ 1720.78 = 20.61%', () => {
    expect(hits(`${head}2023年预算收支安排 2075.36 万元，较 2022年 1720.78 万元预算增加 354.58 万元，增长 20.61%。\n`, 'N15')).toEqual([]);
    expect(hits(`${head}2023年预算收支安排 2075.36 万元，较 2022年 1720.78 万元预算增加 354.58 万元，增长 25.61%。\n`, 'N15')).toEqual(['3:error']);
  });
});

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

  it('checks shares of an amount broken down after it ("支出 2940.05 万元，主要用于以下方面：…", corpus 01)', () => {
    const text = (share: string) =>
      `2024年度部门决算\n（二）一般公共预算财政拨款支出决算结构情况\n一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占${share}；社会保障和就业支出（类）326.72万元，占11.11%。\n`;
    expect(hits(text('71.65%'), 'N15')).toEqual([]);
    expect(hits(text('71.73%'), 'N15')).toEqual(['3:error']);
    // Without breakdown words the first amount is not taken for the whole.
    expect(hits(text('71.73%').replace('，主要用于以下方面：', '；'), 'N15')).toEqual([]);
  });

  it('takes the current figure from the sentence before when the rate\'s sentence opens with the comparison (corpus 18)', () => {
    const text = (rate: string) => `2019年部门预算\n一、收支预算总体情况说明\n项目支出预算数为4335.3万元。与上年相比减少了1237.7万元，减少 ${rate} %。主要原因是压减一般性支出。\n`;
    expect(hits(text('22.21'), 'N15')).toEqual([]);
    expect(hits(text('13.22'), 'N15')).toEqual(['3:error']);
    // Not when the sentence before holds several amounts: which one is current is then unknown.
    expect(hits(text('13.22').replace('项目支出预算数为4335.3万元。', '支出预算数为5000.00万元，其中项目支出4335.3万元。'), 'N15')).toEqual([]);
  });
});

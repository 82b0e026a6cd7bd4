import { describe, expect, it } from 'vitest';
import { findings, seed } from '../helpers';
import { fixes, hits } from './narrativeFixture';

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

describe('N15 rates of an item explanation: 执行数 → 预算安排 (interval arithmetic)', () => {
  const doc = (body: string) => `上海市普陀区某局2026年部门预算\n二、财政拨款支出预算情况\n${body}\n`;
  const item = (prior: string, cur: string, rate: string, word = '增加') =>
    `“一般公共服务支出（类）财政事务（款）行政运行（项）”${cur}万元，主要用于：机关运行。2025年当年预算执行数为${prior}万元，2026年预算安排${cur}万元，比2025年预算执行数${word}${rate}%。主要原因是：业务量增加。`;

  it('passes a rate the figures give: 45.41 ÷ 11.67 − 1 = 289.12 %', () => {
    expect(hits(doc(item('11.67', '45.41', '289.12')), 'N15')).toEqual([]);
  });

  it('passes a rate that only the rounding of the figures explains (0.50 → 0.62 may be 21.8–26.3 %)', () => {
    expect(hits(doc(item('0.50', '0.62', '22.22')), 'N15')).toEqual([]);
  });

  it('flags a rate outside what the printing allows, with the right figure as its fix', () => {
    const t = doc(item('11.67', '45.41', '314.82'));
    expect(hits(t, 'N15')).toEqual(['3:error']);
    expect(fixes(t, 'N15')).toEqual([['314.82', '289.12']]);
    // 130.95 ÷ 124.27 − 1 = 5.367–5.384 %: 5.40 is no rounding of it.
    expect(hits(doc(item('124.27', '130.95', '5.40')), 'N15')).toEqual(['3:error']);
    expect(hits(doc(item('124.27', '130.95', '5.38')), 'N15')).toEqual([]);
  });

  it('applying the fix removes the finding', () => {
    const t = doc(item('77.99', '91.97', '17.66'));
    const [[from, to]] = fixes(t, 'N15');
    expect(hits(t.replace(`${from}%`, `${to}%`), 'N15')).toEqual([]);
  });

  it('flags a direction word that contradicts the figures (a fall called 增加)', () => {
    const t = doc(item('43269.3', '3845.49', '17.62'));
    expect(findings(t).filter((f) => f.ruleId === 'N15').map((f) => f.message)).toEqual(['文中写“增加17.62%”，但由 43269.3万元 到 3845.49万元 是减少 91.11%']);
    expect(hits(doc(item('1690.69', '1434.89', '15.13', '减少')), 'N15')).toEqual([]);
    expect(hits(doc(item('1690.69', '1434.89', '1.10', '减少')), 'N15')).toEqual(['3:error']);
  });

  it('flags a rate from a zero base', () => {
    expect(hits(doc(item('0', '60.13', '100.00')), 'N15')).toEqual(['3:error']);
  });

  it('reads the same sentence wrapped inside its words and letter-spaced', () => {
    const flat = item('77.99', '91.97', '17.66');
    const cut = flat.indexOf('增加17.66') + 1;
    const wrapped = `${flat.slice(0, 40)}\n${flat.slice(40, cut)}\n${flat.slice(cut)}`;
    // "增⏎加17.66%": the rate is on the third line of the paragraph.
    expect(hits(doc(wrapped), 'N15')).toEqual(['5:error']);
    const at = flat.indexOf('2025年当年');
    const spaced = `${flat.slice(0, at)}\n${[...flat.slice(at, at + 30)].join(' ')}\n${flat.slice(at + 30)}`;
    expect(hits(doc(spaced), 'N15')).toEqual(['5:error']);
    expect(hits(doc(spaced.replace('17.66', '17.93')), 'N15')).toEqual([]);
  });
});

describe('N15 a rate computed on the wrong year', () => {
  const doc = (body: string) => `上海市普陀区某局2026年部门预算\n二、财政拨款支出预算情况\n${body}\n`;
  it('flags a rate computed on the current figure instead of the prior one', () => {
    // (1434.89 − 1690.69) ÷ 1434.89 = −17.83 %; on the prior figure it is −15.13 %.
    const t = doc('2025年当年预算执行数为1690.69万元，2026年预算安排1434.89万元，比2025年预算执行数减少17.83%。');
    expect(findings(t).filter((f) => f.ruleId === 'N15').map((f) => f.message)).toEqual(['增减幅度 17.83% 是以本年数 1434.89万元 为基数算出的；应以上年数 1690.69万元 为基数：15.13%']);
    expect(fixes(t, 'N15')).toEqual([['17.83', '15.13']]);
  });
});

describe('N15 shares against the base the sentence names', () => {
  const doc = (body: string) => `上海市普陀区某局2026年部门预算\n四、“三公”经费预算情况说明\n${body}\n`;
  const text = (share: string) =>
    `2026年“三公”经费预算20.00万元，“三公”经费、会议费和培训费合计安排32.00万元，其中公务接待费5.00万元，占“三公”经费的${share}%。`;
  it('computes a share of the 三公 total, not of 三公 + 会议费 + 培训费', () => {
    expect(hits(doc(text('25.00')), 'N15')).toEqual([]);
    expect(hits(doc(text('15.63')), 'N15')).toEqual(['3:error']);
  });
  it('reads the same sentence wrapped inside the base’s name', () => {
    const t = text('15.63');
    const at = t.indexOf('占“三公”') + 3;
    expect(hits(doc(`${t.slice(0, at)}\n${t.slice(at)}`), 'N15')).toEqual(['4:error']);
  });
});

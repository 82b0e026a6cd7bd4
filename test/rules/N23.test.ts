import { describe, expect, it } from 'vitest';
import { findings, seed } from '../helpers';
import { fixes, hits } from './narrativeFixture';

/** Seed 003 prints 收入总计 / 支出总计 717.53 in its 收支总表 (T1) and 财政拨款收支总表 (T4), as tab rows. */
const withText = (body: string) => `${seed('003')}\n八、其他需要说明的事项\n${body}\n`;

describe('N23 totals in the text against the tables', () => {
  it('passes the seeds and totals that agree with the tables, in any section', () => {
    for (const n of ['000', '001', '002', '003', '004']) expect(hits(seed(n), 'N23'), n).toEqual([]);
    expect(hits(withText('2024年财政拨款收入支出总计717.53万元，与2023年度相比持平。'), 'N23')).toEqual([]);
    expect(hits(withText('本年收入合计717.53万元，本年支出合计717.53万元。'), 'N23')).toEqual([]);
  });

  it('flags a 财政拨款 total that disagrees with T4, with the table figure as its fix', () => {
    const t = withText('2024年财政拨款收入支出总计0.3万元，与2023年度相比持平。');
    const f = findings(t).filter((x) => x.ruleId === 'N23');
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/^文中“财政拨款收入支出总计”0\.3万元 与财政拨款收支总表 收入总计 717\.53（第 \d+ 行）不一致$/)]);
    expect(fixes(t, 'N23')).toEqual([['0.3', '717.53']]);
  });

  it('flags 收入总计 / 支出总计 / 本年收入合计 against T1', () => {
    expect(hits(withText('2024年收入总计718.53万元，支出总计717.53万元。'), 'N23')).toHaveLength(1);
    expect(hits(withText('本年支出合计700.00万元。'), 'N23')).toHaveLength(1);
  });

  it('reads the total wrapped inside its words and letter-spaced', () => {
    const flat = '2024年财政拨款收入支出总计0.3万元，与2023年度相比持平，主要原因是本年无增减变化因素。';
    expect(hits(withText(`${flat.slice(0, 18)}\n${flat.slice(18)}`), 'N23')).toHaveLength(1);
    expect(hits(withText(`${[...flat.slice(0, 24)].join(' ')}\n${flat.slice(24)}`), 'N23')).toHaveLength(1);
  });
});

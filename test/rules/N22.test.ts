import { describe, expect, it } from 'vitest';
import { findings, seed } from '../helpers';
import { hits } from './narrativeFixture';

const doc = (body: string) => `上海市普陀区某街道办事处2024年部门预算\n三、财政拨款支出预算情况\n${body}\n`;
const item = (first: string, again: string) =>
  `31. “住房保障支出（类）住房改革支出（款）住房公积金（项）”${first}万元，主要用于住房公积金。2023年当年预算执行数为348.52万元，2024年预算安排${again}万元，比2023年预算执行数增加0.53%。`;

describe('N22 the same quantity stated twice', () => {
  it('passes an item whose budget is restated with the same amount (also printed less precisely)', () => {
    expect(hits(doc(item('350.35', '350.35')), 'N22')).toEqual([]);
    expect(hits(doc(item('350.00', '350')), 'N22')).toEqual([]);
  });

  it('flags an item with two amounts in one paragraph', () => {
    const f = findings(doc(item('350.35', '352.67'))).filter((x) => x.ruleId === 'N22');
    expect(f.map((x) => `${x.line}:${x.message}`)).toEqual(['3:同一科目在本段写了两个金额：350.35万元（第 3 行）与“2024年预算安排”352.67万元']);
  });

  it('does not compare the prior year’s figures with the item', () => {
    const t = doc('“科学技术支出（类）科学技术普及（款）科普活动（项）”2024年度预算10万元，2023年度预算12万元，主要用于科普宣传。');
    expect(hits(t, 'N22')).toEqual([]);
  });

  it('reads the paragraph wrapped and letter-spaced as the converter delivers it', () => {
    const flat = item('350.35', '352.67');
    const at = flat.indexOf('2024年预算安排');
    const wrapped = `${flat.slice(0, 52)}\n${[...flat.slice(52, at + 4)].join(' ')}\n${flat.slice(at + 4)}`;
    expect(hits(doc(wrapped), 'N22')).toEqual(['5:warning']);
  });

  it('flags one total’s change stated differently in two sections', () => {
    const t = doc(
      [
        '2024年收入预算总计21955.35万元，比上年增加3959.28万元，主要原因是人员经费增加。',
        '2024年支出预算总计21955.35万元，比上年增加3958.98万元，主要原因是人员经费增加。',
        '财政拨款收入支出预算总计21955.35万元，比上年增加3959.28万元。',
      ].join('\n'),
    );
    expect(findings(t).filter((x) => x.ruleId === 'N22').map((x) => `${x.line}:${x.message}`)).toEqual(['4:同一总额 21955.35万元 的比上年增减额前后不一：此处 3958.98万元，第 3 行为 3959.28万元']);
    expect(hits(t.replace('3958.98', '3959.28'), 'N22')).toEqual([]);
  });

  it('finds nothing on the seeds', () => {
    for (const n of ['000', '001', '002', '003', '004']) expect(hits(seed(n), 'N22'), n).toEqual([]);
  });
});

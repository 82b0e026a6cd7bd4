import { describe, expect, it } from 'vitest';
import { ruleHits, seed } from '../helpers';

const table = (title: string, org: string, year: string) =>
  [title, org, `预算年度：${year}`, '单位：万元', '序号\t功能分类科目\t\t合计\t基本支出\t项目支出', '栏次\t1\t2\t3\t4\t5', '1\t\t合计\t1.00\t1.00\t'].join('\n');

describe('F04 page headers agree', () => {
  it('flags the one page whose org or year differs from the others', () => {
    const text = [
      table('部门预算支出总表', '201 区委部门', '2024'),
      table('部门预算一般公共预算财政拨款支出表', '201 区委部门', '2024'),
      table('部门预算政府性基金预算财政拨款支出表', '202 区政府办', '2023'),
    ].join('\n\n');
    // The third table starts at line 17: its org is on line 18, its year on line 19.
    expect(ruleHits(text, 'F04')).toEqual(['18:warning', '19:warning']);
  });

  it('is silent when every page agrees, and on the seeds', () => {
    const text = [table('部门预算支出总表', '201 区委部门', '2024'), table('部门预算一般公共预算财政拨款支出表', '201 区委部门', '2024')].join('\n\n');
    expect(ruleHits(text, 'F04')).toEqual([]);
    for (const n of ['000', '002', '003', '004']) expect(ruleHits(seed(n), 'F04')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleHits, seed } from '../helpers';

describe('S01 unrecognized table', () => {
  it('reports a table with no known title, on its first line', () => {
    const text = '部门机构设置情况\n单位名称\t单位性质\t单位规格\n某中心\t事业\t正科级\n';
    expect(ruleHits(text, 'S01')).toEqual(['2:info']);
  });

  it('is silent on a titled table, and on the seeds\' standard tables', () => {
    expect(ruleHits('部门预算支出总表\n序号\t科目编码\t科目名称\t合计\n1\t\t合计\t1.00\n', 'S01')).toEqual([]);
    // Seed 003 has one untitled table: the 机构设置 table after the heading "部门机构设置情况".
    expect(ruleHits(seed('003'), 'S01')).toEqual(['416:info']);
  });
});

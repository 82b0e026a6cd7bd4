import { describe, expect, it } from 'vitest';
import { ruleHits, seed } from '../helpers';

const doc = (units: string[], extra = '') =>
  ['2023年部门预算信息公开', '部门预算收支总表', '一、部门职责及机构设置情况', '部门机构设置情况', '单位名称\t单位性质\t单位规格\t经费保障形式', ...units.map((u) => `${u}\t行政\t正科级\t财政拨款`), extra].join('\n');

describe('C09 several budget units', () => {
  it('notes a department with two units and no word on the units\' own budgets (seed 004 L420)', () => {
    expect(ruleHits(doc(['某局(本级)', '某服务中心']), 'C09')).toEqual(['5:info']);
    expect(ruleHits(seed('004'), 'C09')).toEqual(['420:info']);
  });

  it('is silent for one unit, or when the text says where the units\' budgets are', () => {
    expect(ruleHits(doc(['某局(本级)']), 'C09')).toEqual([]);
    expect(ruleHits(doc(['某局(本级)', '某服务中心'], '所属单位预算详见各单位网站。'), 'C09')).toEqual([]);
    expect(ruleHits(seed('003'), 'C09')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleHits, seed } from '../helpers';

const T10_EMPTY = ['部门政府采购预算', '单位：万元', '项目名称\t预算资金\t采购物品名称\t数量\t合计', '', '注：无政府采购预算，空表列示。'].join('\n');
const assets = (sentence: string) => ['七、国有资产信息', sentence].join('\n');
const project = (indicator: string) =>
  ['1、机房设备维修及耗材绩效目标表', '一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据', `产出指标\t数量指标\t购买设备数量\t${indicator}\t年度工作计划`].join('\n');

describe('X15 planned purchases vs procurement', () => {
  it('flags 拟购置固定资产 > 0 with an empty procurement table, on the amount', () => {
    const text = [T10_EMPTY, assets('区委部门上年末固定资产金额为 507.09 万元。本年度拟购置固定资产总额为 54.00 万元。')].join('\n');
    expect(ruleHits(text, 'X15')).toEqual(['7:warning']);
  });

  it('flags a project that buys computers when the text says nothing will be bought', () => {
    const text = [project('购买计算机\t2 台'), T10_EMPTY, assets('本单位上年末固定资产金额为 2740.08 万元。本年度无拟购置固定资产。')].join('\n');
    expect(ruleHits(text, 'X15')).toEqual(['3:warning']);
  });

  it('is silent when purchases and procurement agree', () => {
    expect(ruleHits([T10_EMPTY, assets('本年度拟购置固定资产总额为 0.00 万元。')].join('\n'), 'X15')).toEqual([]);
    expect(ruleHits([project('购买打印硒鼓\t6 个'), T10_EMPTY, assets('本年度无拟购置固定资产。')].join('\n'), 'X15')).toEqual([]);
  });

  it('finds the three cases of RULES.md §3.1 (#12, #14, #15) and nothing else in the seeds', () => {
    expect(ruleHits(seed('000'), 'X15')).toEqual([]);
    expect(ruleHits(seed('001'), 'X15')).toEqual([]);
    expect(ruleHits(seed('002'), 'X15')).toEqual(['1759:warning']);
    expect(ruleHits(seed('003'), 'X15')).toEqual(['779:warning']);
    expect(ruleHits(seed('004'), 'X15')).toEqual(['770:warning']);
  });
});

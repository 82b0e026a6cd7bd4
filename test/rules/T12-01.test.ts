import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, T12, alter, lineOf } from '../reconcile/fixtures';

/** seed 001 layout: amounts in 元, the plan in %. */
const YUAN = `3.公共机构节能经费绩效目标表

430001 秦皇岛市抚宁区机关事务服务中心本级\t\t\t\t\t单位：元\t
项目编码\t13030621M0GXW44D0EI8 Z\t\t项目名称\t公共机构节能经费\t\t
预算规模及资金用途\t预算数\t80000.00\t其中：财政资金\t80000.00\t其他资金\t0
\t公共机构节能工作经费。\t\t\t\t\t
资金支出计划（%）\t3 月底\t\t6 月底\t\t10 月底\t
\t25.00%\t\t50.00%\t\t75.00%\t
绩效目标\t1. 提高财政资金使用效益。\t\t\t\t\t
一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t
产出指标\t数量指标\t公共机构节能工作经费金额\t公共机构节能工作经费金额\t8 万元\t服务资金\t
\t质量指标\t各项后勤保障工作保障率\t确保各服务环节规范有序\t100%\t工作计划\t
`;

describe('T12-01', () => {
  it('flags a money indicator that disagrees with 预算数, converting 元 to 万元 (seed 001 L137)', () => {
    const doc = alter(YUAN, '公共机构节能工作经费金额', '8 万元', '57.66 万元');
    expect(ruleHits(doc, 'T12-01')).toEqual([`${lineOf(doc, '57.66 万元')}:error`]);
    expect(ruleHits(YUAN, 'T12-01')).toEqual([]);
  });

  it('flags a cost cap below 预算数', () => {
    const doc = alter(T12, '成本指标', '≤30万元', '≤20万元');
    expect(ruleHits(doc, 'T12-01')).toEqual([`${lineOf(doc, '≤20万元')}:error`]);
  });

  it('flags 预算数 ≠ 财政资金 + 其他资金', () => {
    const doc = alter(T12, '预算数', '', '1.00', 0);
    expect(ruleHits(doc, 'T12-01')).toEqual([`${lineOf(doc, '预算数')}:error`]);
  });

  it('warns when the 万元 plan never reaches 预算数 (seed 003 L568–569)', () => {
    const doc = alter(T12, '5.00', '30.00', '28.00');
    expect(ruleHits(doc, 'T12-01')).toEqual([`${lineOf(doc, '28.00')}:warning`]);
  });

  it('warns when the plan decreases', () => {
    const doc = alter(T12, '5.00', '10.00', '4.00');
    expect(ruleHits(doc, 'T12-01')).toEqual([`${lineOf(doc, '4.00')}:warning`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T12-01')).toEqual([]);
  });
});

describe('T12-01, quarterly settlement (RULES.md §3.1 #24, information)', () => {
  const QUARTER = YUAN.replace('\t公共机构节能工作经费。', '\t共需资金1686300元，补偿金按季结算（不含餐费），本季度需资金420000元。');
  it('notes a quarter that is not a quarter of the year', () => {
    expect(ruleHits(QUARTER, 'T12-01')).toEqual([`${lineOf(QUARTER, '按季结算')}:info`]);
  });
  it('is silent when the quarter is a quarter of the year', () => {
    expect(ruleHits(QUARTER.replace('420000元', '421575元'), 'T12-01')).toEqual([]);
  });
});

/**
 * README examples of the table rules (T…, X…, R01), in the shape of test/rules/examples.ts: spread
 * `TABLE_EXAMPLES` into `EXAMPLES` there. Each failing text alters one figure of a consistent fixture table
 * (test/reconcile/fixtures.ts); checked by test/reconcile/examples.test.ts.
 */
import { FULL, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, alter } from './fixtures';

export interface TableExample {
  readonly failing: string;
  readonly passing: string;
  readonly note?: string;
}

const both = (...parts: string[]) => parts.join('\n');
const ex = (passing: string, failing: string, note?: string): TableExample => ({ failing, passing, ...(note ? { note } : {}) });

export const TABLE_EXAMPLES: Record<string, TableExample> = {
  'T1-01': ex(T1, alter(T1, '本年收入合计', '100.00', '100.10')),
  'T1-02': ex(T1, alter(T1, '八、社会保障和就业支出', '20.00', '20.10')),
  'T1-03': ex(T1, alter(T1, '收入总计', '100.00', '100.10')),
  'T1-04': ex(T1, alter(T1, '收入总计', '100.00', '100.10')),
  'T1-05': ex(
    alter(alter(alter(alter(alter(T1, '上年结转结余', '', '10.00', 0), '收入总计', '100.00', '110.00', 0), '本年支出合计', '100.00', '110.00', 1), '支出总计', '100.00', '110.00'), '一、一般公共服务支出', '80.00', '90.00'),
    alter(alter(alter(T1, '本年支出合计', '100.00', '110.00', 1), '支出总计', '100.00', '110.00', 1), '一、一般公共服务支出', '80.00', '90.00'),
    'Only when 上年结转结余 and 年终结转结余 are blank: a carry-over legitimately separates the two (S7).',
  ),
  'T2-01': ex(T2, alter(T2, '2013101', '50.00', '50.10', 1)),
  'T2-02': ex(T2, ['50.00', '50.00', '50.00'].reduce((d) => alter(d, '2013101', '50.00', '50.10'), T2)),
  'T3-01': ex(T3, alter(T3, '2013101', '50.00', '50.10', 1)),
  'T3-02': ex(T3, alter(alter(T3, '201\t一般公共服务支出', '80.00', '80.10'), '201\t一般公共服务支出', '50.00', '50.10')),
  'T4-01': ex(T4, alter(T4, '一、一般公共服务支出', '80.00', '80.10', 1)),
  'T5-01': ex(T5, alter(T5, '2013101', '50.00', '50.10', 1)),
  'T5-02': ex(T5, alter(alter(T5, '208\t社会保障和就业支出', '20.00', '20.10', 0), '208\t社会保障和就业支出', '20.00', '20.10', 0)),
  'T6-01': ex(T6, alter(T6, '30201', '6.00', '6.10', 1)),
  'T6-02': ex(T6, alter(alter(T6, '30201', '6.00', '6.10', 0), '30201', '6.00', '6.10', 0)),
  'T6-03': ex(T6, alter(alter(T6, '1\t\t合计', '60.00', '60.10'), '1\t\t合计', '70.00', '70.10')),
  'T7-02': ex(T7, alter(alter(T7, '2120899', '10.00', '10.10', 0), '2120899', '10.00', '10.10', 0)),
  'T8-02': ex(T8, alter(T8, '22301\t', '10.00', '10.10', 1)),
  'T9-01': ex(T9, alter(alter(T9, '“三公”经费小计', '6.00', '6.10'), '“三公”经费小计', '6.00', '6.10')),
  'T9-02': ex(T9, alter(alter(T9, '公务用车运行维护费', '4.00', '4.10'), '公务用车运行维护费', '4.00', '4.10')),
  'T9-03': ex(T9, alter(alter(T9, '其他因公出国（境）费', '', '1.00', 0), '其他因公出国（境）费', '', '1.00', 0)),
  'T9-04': ex(T9, alter(alter(T9, '1\t合计', '8.00', '8.10'), '1\t合计', '8.00', '8.10')),
  'T9-05': ex(T9, alter(alter(T9, '省属高校业务性会议费', '', '1.00', 0), '省属高校业务性会议费', '', '1.00', 0),
    'Seed 003 L353: 会议费 7.00 but 省属高校业务性会议费 7.00 + 其他会议费 7.00.'),
  'T9-06': ex(T9, alter(T9, '三、公务接待费', '2.00', '2.10', 1)),
  'T10-01': ex(T10, alter(T10, '台式计算机', '4', '5')),
  'T11-01': ex(T11, alter(T11, '资产总额', '507.09', '507.19')),
  'T11-02': ex(T11.replace('截止时间', '预算年度：2024\n\n截止时间'), T11.replace('截止时间：2023-12-31', '预算年度：2024\n\n截止时间：2022-12-31')),
  'T12-01': ex(T12, alter(T12, '5.00', '30.00', '28.00'), 'Seed 003 L569: the 车辆保险费 plan stops at 2.00 of 2.80 (warning); seed 001 L137: 57.66万元 vs 80000.00元 (error).'),
  X01: ex(both(T1, T2), both(T1, ['100.00', '100.00', '100.00'].reduce((d) => alter(d, '1\t\t合计', '100.00', '100.10'), T2))),
  X02: ex(both(T1, T3), both(alter(T1, '一、一般公共服务支出', '80.00', '80.10'), T3)),
  X03: ex(both(T2, T3), both(['50.00', '50.00', '50.00'].reduce((d) => alter(d, '2013101', '50.00', '50.10'), T2), T3)),
  X04: ex(both(T1, T4), both(T1, alter(T4, '1\t一、一般公共预算拨款', '100.00', '100.10'))),
  X05: ex(both(T4, T5), both(alter(alter(T4, '八、社会保障和就业支出', '20.00', '20.10', 0), '八、社会保障和就业支出', '20.00', '20.10', 0), T5)),
  X06: ex(both(T4, T7.replace(/\t10\.00/g, '\t')), both(T4, T7)),
  X07: ex(both(T5, T6), both(T5, alter(alter(T6, '1\t\t合计', '70.00', '70.10'), '1\t\t合计', '60.00', '60.10'))),
  X08: ex(both(T3, T5), both(T3, alter(alter(T5, '2013199', '30.00', '30.10', 0), '2013199', '30.00', '30.10', 0))),
  X09: ex(both(T5, T9), both(T5.replace(/100\.00\t70\.00\t30\.00/, '5.00\t5.00\t'), T9)),
  X10: ex(both(T5, T6), both(T5, alter(alter(T6, '30108', '20.00', '20.10', 0), '30108', '20.00', '20.10', 0))),
  X11: ex(both(T6, T9), both(alter(alter(T6, '30217', '1.00', '3.00', 0), '30217', '1.00', '3.00', 0), T9)),
  X13: ex(both(T3, T12), both(T3, alter(alter(alter(T12, '预算数', '30.00', '25.00', 0), '预算数', '30.00', '25.00', 0), '\t5.00\t', '30.00', '25.00')),
    'Seed 004: the 21 cost caps add up to 182.872 against 182.87 (an R01 hint) only with 228.6元/册 × 700 and 12333.33元/月 × 12.'),
  X14: ex(both(T12, T10), both(T12, alter(T10, '台式计算机', '综合保障管理费', '机房改造费'))),
  R01: ex(FULL, FULL.replace('1\t\t合计\t100.00\t70.00\t30.00\t', '1\t\t合计\t100.01\t70.00\t30.00\t'), 'Seed 002 T9 L1670: 12.36 vs 0 + 10.86 + 1.49 = 12.35, within (3+1)·0.005.'),
  X15: {
    failing: '部门政府采购预算\n单位：万元\n项目名称\t预算资金\t合计\n\n注：无政府采购预算，空表列示。\n七、国有资产信息\n本年度拟购置固定资产总额为 54.00 万元。',
    passing: '部门政府采购预算\n单位：万元\n项目名称\t预算资金\t合计\n\n注：无政府采购预算，空表列示。\n七、国有资产信息\n本年度拟购置固定资产总额为 0.00 万元。',
  },
};

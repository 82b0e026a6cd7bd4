import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/rules/analyze';

const n24 = (text: string) => analyze(text).findings.filter((f) => f.ruleId === 'N24');
const doc = (income: string, total: string) =>
  `2024年部门决算\n二、收入决算情况说明\n${income}\n四、财政拨款收入支出决算总体情况说明\n${total}\n`;

/** A total the text states is at least each part of it the text states: total and parts in the register of real 决算/预算. */
describe('N24: a total in the text is not smaller than its parts in the text', () => {
  const income = '本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元。';

  it('flags a 财政拨款 total smaller than the 财政拨款收入 stated above, on the total', () => {
    const text = doc(income, '上海市某局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。');
    const [f] = n24(text);
    expect(f).toBeDefined();
    expect(text.slice(f.span.start, f.span.end)).toBe('0.3');
    expect(f.message['zh-CN']).toContain('2940.05万元');
    expect(f.related).toHaveLength(1);
  });

  it('reads the same statements wrapped, letter-spaced and with full-width digits', () => {
    const wrapped = doc('本年收入合计2946.25万元，其中：财政拨\n款收入2940.05万元，占99.79%；其他收入6.2万元。', '2024年度财政拨款收入支出总计０.３万元。');
    expect(n24(wrapped)).toHaveLength(1);
    const spaced = doc(income, '2 0 2 4 年 度 财 政 拨 款 收 入 支 出 总 计 0 . 3 万 元 。');
    expect(n24(spaced)).toHaveLength(1);
  });

  it('flags 支出总计 below 本年支出合计, and 本年支出合计 below 基本支出', () => {
    expect(n24('2025年部门预算\n二、支出预算情况\n本年支出合计1200.00万元，其中：基本支出800.00万元，项目支出400.00万元。支出总计1100.00万元。\n')).toHaveLength(1);
    expect(n24('2025年部门预算\n二、支出预算情况\n本年支出合计700.00万元，其中：基本支出800.00万元。\n')).toHaveLength(1);
  });

  it('stays quiet when the total holds its parts, when rounding explains the gap, and for other years and changes', () => {
    expect(n24(doc(income, '2024年度财政拨款收入支出总计2940.05万元。'))).toEqual([]);
    // Printed to one decimal: 2940.1 covers 2940.05.
    expect(n24(doc(income, '2024年度财政拨款收入支出总计2940.1万元。'))).toEqual([]);
    // A prior year's total, or a change of the total, is no statement of this year's total.
    expect(n24(doc(income, '2023年度财政拨款收入支出总计2000.00万元，2024年度比上年增加940.05万元。'))).toEqual([]);
    expect(n24(doc(income, '财政拨款收入支出总计比上年减少0.3万元。'))).toEqual([]);
    // Units: a total in 元 is compared in 万元.
    expect(n24(doc(income, '2024年度财政拨款收入支出总计29400500元。'))).toEqual([]);
  });
});

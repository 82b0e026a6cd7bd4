import { describe, expect, it } from 'vitest';
import { documentSymbols } from '../../server/src/features/symbols';
import { analyze } from '../../server/src/rules/analyze';
import { flattenSymbols as flatten } from '../helpers';

// Two tables as `pdftotext -layout` writes them (Jiangsu corpus): number, title with a bracket, unit line, rows.
const text = [
  '第二部分 2019年度部门预算表',
  '公开 05 表',
  '                 财政拨款支出预算表（功能科目）',
  '部门名称：江苏省高级人民法院 单位：万元',
  '   科目编码          科目名称              合计        基本支出      项目支出',
  '   201        一般公共服务支出          1,200.00      1,000.00      200.00',
  '   20101      人大事务                  1,200.00      1,000.00      200.00',
  '                    单位结构调整',
  '公开 06 表',
  '   科目编码          科目名称              合计',
  '   301        工资福利支出              1,000.00',
  '   30101      基本工资                    600.00',
].join('\n');

describe('outline of a document whose tables are aligned with spaces', () => {
  it('lists each table under its title, marked as not reconciled, in the user\'s language', () => {
    const model = analyze(text).model;
    const zh = flatten(documentSymbols(model, 'zh-CN')).filter((s) => s.kind === 23 /* Struct */);
    expect(zh.map((s) => [s.name, s.detail])).toEqual([
      ['财政拨款支出预算表（功能科目）', '空格对齐，仅核对科目层级与行合计'],
      ['公开 06 表', '空格对齐，仅核对科目层级与行合计'],
    ]);
    // The selection is the title itself; the range runs from the title to the last row.
    expect(zh[0].selectionRange.start).toEqual({ line: 2, character: 17 });
    expect(zh[0].range.end.line).toBe(6);
    const en = flatten(documentSymbols(model, 'en')).filter((s) => s.kind === 23);
    expect(en.map((s) => [s.name, s.detail])).toEqual([
      ['财政拨款支出预算表（功能科目）', 'aligned with spaces, hierarchy and row totals checked only'],
      ['公开 06 表', 'aligned with spaces, hierarchy and row totals checked only'],
    ]);
    // Both sit inside the part that holds them.
    const part = documentSymbols(model, 'zh-CN')[0];
    expect(part.name).toBe('第二部分2019年度部门预算表');
    expect(part.children?.filter((c) => c.kind === 23)).toHaveLength(2);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/rules/analyze';
import { CORPUS_DIR, ruleHits } from '../helpers';

/** A 支出预算表 converted from PDF (aligned with spaces, in 元), then the text that explains its items. */
const doc = (sentence: string) =>
  [
    '                      部门支出预算表',
    '                                                        单位：元',
    '功能分类科目编码   功能分类科目名称        合计           基本支出        项目支出',
    '221               住房保障支出        3,861,459.00   3,861,459.00            0.00',
    '221   02          住房改革支出        3,861,459.00   3,861,459.00            0.00',
    '221   02   01     住房公积金          1,741,445.22   1,741,445.22            0.00',
    '221   02   03     购房补贴            2,120,013.78   2,120,013.78            0.00',
    '',
    '四、一般公共预算支出情况说明',
    sentence,
  ].join('\n');

describe('N21 an item amount in the text against the tables converted from PDF', () => {
  it('is silent when the amount is one of the figures of that item\'s row, in 万元 at the printed precision', () => {
    expect(ruleHits(doc('11. “住房保障支出-住房改革支出-住房公积金”科目174.14万元，主要用于缴纳住房公积金。'), 'N21')).toEqual([]);
    expect(ruleHits(doc('“住房保障支出（类）住房改革支出（款）购房补贴（项）”212.00万元，主要用于购房补贴。'), 'N21')).toEqual([]);
  });

  it('warns on an amount that is none of the figures of the item\'s row, listing them', () => {
    const text = doc('11. “住房保障支出-住房改革支出-住房公积金”科目147.14万元，主要用于缴纳住房公积金。');
    const a = analyze(text);
    const hits = a.findings.filter((f) => f.ruleId === 'N21');
    expect(hits).toHaveLength(1);
    expect(hits[0].severity).toBe('warning');
    expect(text.slice(hits[0].span.start, hits[0].span.end)).toBe('147.14');
    expect(hits[0].message['zh-CN']).toBe('“住房公积金”147.14万元 与表格中该科目（2210201）所列金额均不一致：1,741,445.22 / 1,741,445.22 / 0.00 元（第 6 行）');
    expect(hits[0].related.map((r) => text.slice(r.span.start, r.span.end))).toEqual(['1,741,445.22']);
  });

  it('compares nothing when the tables do not print the item, or print it under another 款, or its figures wrapped', () => {
    expect(ruleHits(doc('“住房保障支出-住房改革支出-提租补贴”科目99.00万元。'), 'N21')).toEqual([]);
    expect(ruleHits(doc('“住房保障支出-保障性安居工程支出-住房公积金”科目99.00万元。'), 'N21')).toEqual([]);
    const wrapped = doc('“住房保障支出-住房改革支出-住房公积金”科目147.14万元。').replace('221   02   01     住房公积金          1,741,445.22   1,741,445.22            0.00', '221   02   01     住房公积金          1,741,445.22\n                                      1,741,445.22            0.00');
    expect(ruleHits(wrapped, 'N21')).toEqual([]);
  });

  const file = join(CORPUS_DIR, '13_shpt-fly-2024-danwei-yusuan.txt');
  it.skipIf(!existsSync(file))('corpus 13: 社会福利事业单位 stated as 738.66万元 while its rows print 958.48, 696.48 and 262.00万元', () => {
    const text = readFileSync(file, 'utf8');
    const hits = analyze(text).findings.filter((f) => f.ruleId === 'N21');
    expect(hits.map((f) => f.message['zh-CN'].split('：')[0])).toEqual(['“社会福利事业单位”738.66万元 与表格中该科目（2081005）所列金额均不一致']);
  });
});

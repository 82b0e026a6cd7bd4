import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MarkupContent } from 'vscode-languageserver-types';
import { getHover } from '../../server/src/features/hover';
import { analyze } from '../../server/src/rules/analyze';
import { CORPUS_DIR, ruleHits } from '../helpers';

/** A table aligned with spaces (pdftotext -layout), in 元: 201 = 20105 + 20106, 20105 = Σ项, 20106 = its 项. */
const spaced = (rows: Record<string, string> = {}) =>
  [
    '          一般公共预算支出功能分类预算表',
    '                                        单位：元',
    '功能分类科目编码   功能分类科目名称        合计         基本支出      项目支出',
    `201               一般公共服务支出     ${rows['201'] ?? '3,353,072'}     2,000,000     1,353,072`,
    `201   05          统计信息事务           ${rows['20105'] ?? '501,200'}       501,200`,
    `201   05   06     统计管理                 ${rows['2010506'] ?? '1,200'}         1,200`,
    `201   05   07     专项普查活动           ${rows['2010507'] ?? '500,000'}       500,000`,
    `201   06          财政事务             2,851,872     1,498,800     1,353,072`,
    `201   06   01     行政运行             2,851,872     1,498,800     1,353,072`,
  ].join('\n');

describe('S03 hierarchy of a table whose columns cannot be told apart', () => {
  it('is silent when every parent equals its children on the first amount (the 合计 column)', () => {
    expect(ruleHits(spaced(), 'S03')).toEqual([]);
  });

  it('warns on the parent that does not equal its children, with both figures and the parts as related information', () => {
    // 统计管理 printed 1,300 in both its figures: its row adds up, the 款 above does not, in either column.
    const a = analyze(spaced().replace('统计管理                 1,200         1,200', '统计管理                 1,300         1,300'));
    const hits = a.findings.filter((f) => f.ruleId === 'S03');
    expect(hits).toHaveLength(2);
    expect(hits[0].severity).toBe('warning');
    expect(hits.map((f) => [a.model.lines.positionAt(f.span.start).line + 1, a.model.text.slice(f.span.start, f.span.end)])).toEqual([[5, '501,200'], [5, '501,200']]);
    expect(hits[0].span.start).toBeLessThan(hits[1].span.start);
    expect(hits[0].message['zh-CN']).toContain('“20105 统计信息事务”501200.00元 ≠ 明细合计 501300.00元');
    expect(hits[0].message['zh-CN']).toContain('元');
    expect(hits[1].message['zh-CN']).toContain('按每行第 2 个金额');
    expect(hits[0].related.map((r) => a.model.text.slice(r.span.start, r.span.end))).toEqual(expect.arrayContaining(['1,300', '500,000']));
    // The fix keeps the figure's thousands separators.
    expect(hits[0].fixes.map((f) => [a.model.text.slice(f.span.start, f.span.end), f.newText])).toEqual([['501,200', '501,300']]);
  });

  it('sits on the child figure when that figure also breaks its own row (S04), and offers the value that mends both', () => {
    const text = spaced({ '2010506': '1,300' });
    const a = analyze(text);
    const hits = a.findings.filter((f) => f.ruleId === 'S03' || f.ruleId === 'S04');
    expect(hits.map((f) => [f.ruleId, text.slice(f.span.start, f.span.end), f.fixes.map((x) => x.newText)])).toEqual([
      ['S03', '1,300', ['1,200']],
      ['S04', '1,300', ['1,200']],
    ]);
  });

  it('checks the further figures as columns only when the parent and every child print as many of them', () => {
    // 20106 and its one 项 print three figures each: the 项目支出 figure is checked too.
    expect(ruleHits(spaced().replace('201   06   01     行政运行             2,851,872     1,498,800     1,353,072', '201   06   01     行政运行             2,851,872     1,498,800     1,353,000'), 'S03')).toEqual(['8:warning']);
    // 20105 prints two figures and its 项 two each: the second figure is the same column, checked.
    const a = analyze(spaced().replace('统计管理                 1,200         1,200', '统计管理                 1,200         1,100'));
    expect(a.findings.filter((f) => f.ruleId === 'S03').map((f) => f.message['zh-CN'])).toEqual([expect.stringContaining('按每行第 2 个金额')]);
    // 201 prints three figures, 20105 two: which column 20105's second figure is in cannot be told, only 合计 is checked.
    expect(ruleHits(spaced().replace('2,000,000     1,353,072', '2,000,001     1,353,072'), 'S03')).toEqual([]);
  });

  it('checks the economic classification too (类 = Σ款, corpus 05 and 15)', () => {
    const basic = (office = '4,333,478') =>
      [
        '                 一般公共预算基本支出预算表',
        '                                                  单位：元',
        '经济分类科目编码   经济分类科目名称           合计        人员经费      公用经费',
        ' 302         商品和服务支出                  4,764,478            0    4,764,478',
        ' 302   01    办公费                       ' + office + '            0    ' + office,
        ' 302   05    水费                           106,000            0      106,000',
        '302   06   电费                325,000            0      325,000',
      ].join('\n');
    expect(ruleHits(basic(), 'S03')).toEqual([]);
    const a = analyze(basic('4,333,487'));
    expect(a.findings.filter((f) => f.ruleId === 'S03').map((f) => f.message['zh-CN'])).toEqual([
      expect.stringContaining('“302 商品和服务支出”4764478.00元 ≠ 明细合计 4764487.00元（差 -9.00元）。上级科目应等于其下级科目之和（按每行第一个金额'),
      expect.stringContaining('“302 商品和服务支出”4764478.00元 ≠ 明细合计 4764487.00元（差 -9.00元）。上级科目应等于其下级科目之和（按每行第 3 个金额'),
    ]);
  });

  it('checks 合计 = Σ类 on the 合计 row, and reads "301 01基本工资" (name right after the 款, corpus 16) as 30101', () => {
    const table = (total = '26,917,990    23,057,828     3,860,162') =>
      [
        '2026年预算单位一般公共预算基本支出部门预算经济分类预算表',
        '编制单位：上海市普陀区人民政府石泉路街道办事处（本级） 单位：元',
        '部门经济分类科目名称 合计 人员经费 公用经费',
        '301 工资福利支出    21,123,668    21,123,668',
        '301 01基本工资     2,724,912     2,724,912',
        '301 99其他工资福利支出    18,398,756    18,398,756',
        '302 商品和服务支出     3,860,162     3,860,162',
        '302 01办公费       300,000       300,000',
        '302 99其他商品和服务支出     3,560,162     3,560,162',
        '303 对个人和家庭的补助     1,934,160     1,934,160',
        '303 02退休费     1,934,160     1,934,160',
        `合计    ${total}`,
      ].join('\n');
    const a = analyze(table());
    expect(a.findings.filter((f) => f.ruleId === 'S03')).toEqual([]);
    // Each 类 on both its figures (every row prints two); 合计 prints three, the 类 two: only its first is checked.
    expect(a.recon.byRule('S03').map((i) => i.total.label)).toEqual(['301 工资福利支出', '301 工资福利支出', '302 商品和服务支出', '302 商品和服务支出', '303 对个人和家庭的补助', '303 对个人和家庭的补助', '合计']);
    const broken = analyze(table('26,918,546    23,057,828     3,860,162'));
    expect(broken.findings.filter((f) => f.ruleId === 'S03').map((f) => f.message['zh-CN'])).toEqual([
      expect.stringContaining('“合计”26918546.00元 ≠ 明细合计 26917990.00元（差 556.00元）。合计应等于各类科目之和'),
    ]);
  });

  it('reads codes run together and cells joined by single spaces, and leaves a rounding gap to R01', () => {
    const joined = ['2026年预算单位收入预算总表', '单位：万元', '201 一般公共服务支出 10.01 10.01', '20105 统计信息事务 5.01 5.01', '2010506统计管理 2.50 2.50', '2010507专项普查活动 2.51 2.51', '20106 财政事务 5.00 5.00', '2010601行政运行 5.00 5.00'].join('\n');
    expect(ruleHits(joined, 'S03')).toEqual([]);
    const gap = joined.replace('2010507专项普查活动 2.51', '2010507专项普查活动 2.50');
    expect(ruleHits(gap, 'S03')).toEqual([]);
    expect(analyze(gap).findings.filter((f) => f.ruleId === 'R01').map((f) => f.message['zh-CN'])).toEqual([
      expect.stringContaining('“20105 统计信息事务”5.01万元 与明细合计 5.00万元 相差 0.01万元，在印出精度（各数均印至 0.01万元）'),
    ]);
    expect(ruleHits(joined.replace('2010507专项普查活动 2.51', '2010507专项普查活动 3.51'), 'S03')).toHaveLength(1);
  });

  it('hovering a figure of such a table shows its row and the hierarchy it takes part in', () => {
    const text = spaced({ '2010506': '1,300' });
    const at = text.indexOf('501,200') + 2;
    const hover = getHover(analyze(text), at, 'zh-CN');
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain('**501,200 元**');
    expect(value).toContain('20105 统计信息事务');
    expect(value).toContain('50.12 万元');
    expect(value).toMatch(/≠/);
  });

  it('does not take the code of the other side of a side-by-side table for an amount (corpus 01)', () => {
    const text = [
      '一般公共预算财政拨款支出决算表', '单位：万元',
      '201                一般公共服务支出          2,106.66',
      '201    06                                  202',
      '            财政事务                              01   外交管理事务',
      '201    06   01     行政运行                  1,511.89',
    ].join('\n');
    expect(analyze(text).recon.byRule('S03')).toEqual([]);
    expect(ruleHits(text, 'S03')).toEqual([]);
  });

  it('reads a row whose name wrapped to the lines around its code (corpus 02, 17)', () => {
    const text = [
      '一般公共预算支出预算表（功能科目）', '单位：万元',
      '科目编码                科目名称                                          合计',
      '208                     社会保障和就业支出                                   2,355.65',
      '20805                   行政事业单位离退休                                   2,355.65',
      '2080504                 未归口管理的行政单位离退休                             417.06',
      '                        机关事业单位基本养老保险缴费支',
      '2080505                                                             1,384.70',
      '                        出',
      '2080506                 机关事业单位职业年金缴费支出                           553.89',
    ].join('\n');
    expect(ruleHits(text, 'S03')).toEqual([]);
    expect(ruleHits(text.replace('1,384.70', '1,484.70'), 'S03')).toEqual(['5:warning']);
  });

  it('checks nothing when a child prints no amount on its own line (the figures wrapped to another line)', () => {
    const wrapped = spaced().replace('201   05   06     统计管理                 1,200         1,200', '201   05   06\n                  统计管理                 1,900');
    expect(ruleHits(wrapped, 'S03')).toEqual([]);
  });

  const file = join(CORPUS_DIR, '16_shpt-shiquan-2026-danwei-yusuan.txt');
  it.skipIf(!existsSync(file))('corpus 16 (cells joined by single spaces): holds as published, and one changed amount is found', () => {
    const text = readFileSync(file, 'utf8');
    const a = analyze(text);
    expect(a.recon.byRule('S03').length).toBeGreaterThan(50);
    expect(a.findings.filter((f) => f.ruleId === 'S03')).toEqual([]);
    const changed = text.replace('2010506统计管理 1,200 1,200', '2010506统计管理 1,300 1,200');
    const hits = analyze(changed).findings.filter((f) => f.ruleId === 'S03');
    expect(hits.map((f) => f.message['zh-CN'].slice(0, 40))).toEqual([expect.stringContaining('20105 统计信息事务')]);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MarkupContent } from 'vscode-languageserver-types';
import { getHover } from '../../server/src/features/hover';
import { analyze } from '../../server/src/rules/analyze';
import { CORPUS_DIR, ruleHits } from '../helpers';

/** A 支出预算表 aligned with spaces (pdftotext -layout), in 元: each row's 合计 = 基本支出 + 项目支出. */
const table = (rows: Record<string, string> = {}) =>
  [
    '                      部门支出预算表',
    '                                                        单位：元',
    '功能分类科目编码   功能分类科目名称        合计           基本支出        项目支出',
    `204               公共安全支出       79,189,400.34   14,348,853.34   64,840,547.00`,
    `204   06          司法               79,189,400.34   14,348,853.34   64,840,547.00`,
    `204   06   01     行政运行           ${rows['2040601'] ?? '14,348,853.34   14,348,853.34            0.00'}`,
    `204   06   04     基层司法业务       21,703,947.00            0.00   21,703,947.00`,
    `204   06   05     普法宣传            1,242,900.00            0.00    1,242,900.00`,
    `204   06   99     其他司法支出       41,893,700.00            0.00   41,893,700.00`,
  ].join('\n');

describe('S04 row totals of a table whose columns cannot be told apart', () => {
  it('is silent when every coded row adds up', () => {
    expect(ruleHits(table(), 'S04')).toEqual([]);
    expect(ruleHits(table(), 'S03')).toEqual([]);
  });

  it("warns on the row whose 合计 is not the sum of its other figures, on the figure most likely wrong, with a fix (corpus 12's error)", () => {
    const text = table({ '2040601': '14,348,853.34   14,348,853.34   64,840,547.00' });
    const a = analyze(text);
    const hits = a.findings.filter((f) => f.ruleId === 'S04');
    expect(hits).toHaveLength(1);
    expect(hits[0].severity).toBe('warning');
    expect(hits[0].message['zh-CN']).toContain('“2040601 行政运行”14348853.34元 ≠ 明细合计 79189400.34元');
    // The row's 项目支出 also breaks the 款's 项目支出 column, whose rows all print three figures (S03): both findings
    // sit on that figure, name the row, and offer 0.00, the value that mends both.
    const s03 = a.findings.filter((f) => f.ruleId === 'S03');
    expect(s03.map((f) => f.message['zh-CN'])).toEqual([expect.stringContaining('“20406 司法”64840547.00元 ≠ 明细合计 129681094.00元')]);
    for (const f of [...hits, ...s03]) {
      expect(a.model.lines.positionAt(f.span.start).line + 1).toBe(6);
      expect(text.slice(f.span.start, f.span.end)).toBe('64,840,547.00');
      expect(f.message['zh-CN']).toContain('疑为“2040601 行政运行”有误');
      expect(f.fixes.map((x) => [text.slice(x.span.start, x.span.end), x.newText])).toEqual([['64,840,547.00', '0.00']]);
    }
    expect(hits[0].related.map((r) => text.slice(r.span.start, r.span.end))).toEqual(['14,348,853.34', '14,348,853.34']);
    // Hovering a figure of the row tells which figure of the row it is and the identity it breaks.
    const value = (getHover(a, hits[0].span.start + 1, 'zh-CN')!.contents as MarkupContent).value;
    expect(value).toContain('该行第 3 个金额');
    expect(value).toMatch(/≠/);
  });

  it('checks the 合计 row too once the coded rows show the shape, and never a 栏次 row', () => {
    const withTotal = (total: string) => [table(), '栏次                                       1               2               3', `                   合计       ${total}`].join('\n');
    expect(ruleHits(withTotal('79,189,400.34   14,348,853.34   64,840,547.00'), 'S04')).toEqual([]);
    expect(analyze(withTotal('79,189,400.34   14,348,853.34   64,840,547.00')).recon.byRule('S04').map((i) => i.total.label)).toContain('合计');
    const a = analyze(withTotal('79,189,400.34   14,348,853.34   64,840,574.00'));
    expect(a.findings.filter((f) => f.ruleId === 'S04').map((f) => f.message['zh-CN'])).toEqual([expect.stringContaining('“合计”79189400.34元 ≠ 明细合计 79189427.34元')]);
  });

  it('leaves a gap that rounding explains to R01', () => {
    const text = table({ '2040601': '14,348,853.35   14,348,853.34            0.00' });
    expect(ruleHits(text, 'S04')).toEqual([]);
    expect(analyze(text).findings.filter((f) => f.ruleId === 'R01').map((f) => f.message['zh-CN'])).toEqual(
      expect.arrayContaining([expect.stringContaining('“2040601 行政运行”14348853.35元 与明细合计 14348853.34元 相差 0.01元')]),
    );
  });

  it('checks nothing in a table whose rows are not 合计 then its parts (上年, 本年, 增减)', () => {
    const text = [
      '                      支出预算增减情况表',
      '                                                        单位：万元',
      '科目编码     科目名称           上年预算        本年预算        增减',
      '204         公共安全支出         7,000.00        7,918.94       918.94',
      '204   06    司法                 7,000.00        7,918.94       918.94',
      '204   06   01   行政运行         1,300.00        1,434.89       134.89',
      '204   06   04   基层司法业务     5,700.00        6,484.05       784.05',
    ].join('\n');
    expect(ruleHits(text, 'S04')).toEqual([]);
  });

  it('checks nothing on a row next to a line of bare figures (its figures wrapped), nor past a code among its figures', () => {
    // 基层司法业务's 项目支出 went to the next line: read in order, its 合计 would not equal its 基本支出 0.00.
    const wrapped = table().replace('21,703,947.00            0.00   21,703,947.00', '21,703,947.00            0.00\n                                                                  21,703,947.00');
    expect(ruleHits(wrapped, 'S04')).toEqual([]);
    const sideBySide = table({ '2040601': '14,348,853.34   30101 基本工资   64,840,547.00' });
    expect(ruleHits(sideBySide, 'S04')).toEqual([]);
    expect(ruleHits(sideBySide, 'S03')).toEqual([]);
  });

  const file = join(CORPUS_DIR, '12_shpt-sfj-2026-danwei-yusuan.txt');
  it.skipIf(!existsSync(file))('corpus 12: finds the 行政运行 row printed with the 款 total as its 项目支出, in both tables that print it', () => {
    const text = readFileSync(file, 'utf8');
    const a = analyze(text);
    const hits = a.findings.filter((f) => f.ruleId === 'S04');
    expect(hits.map((f) => text.slice(text.lastIndexOf('\n', f.span.start) + 1, text.indexOf('\n', f.span.start)).replace(/\s+/g, ' ').trim())).toEqual([
      '204 06 01 行政运行 14,348,853.34 14,348,853.34 64,840,547.00',
      '204 06 01 行政运行 14,348,853.34 14,348,853.34 64,840,547.00',
    ]);
    expect(a.recon.byRule('S04').length).toBeGreaterThan(30);
  });
});

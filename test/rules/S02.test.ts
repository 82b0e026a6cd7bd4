import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/rules/analyze';
import { ruleHits } from '../helpers';

describe('S02 unreadable structure', () => {
  it('reports an HTML table that never closes, binary content, an overlong line', () => {
    expect(ruleHits('说明\n<table><tr><td>合计</td><td>1.00', 'S02')).toEqual(['2:info']);
    expect(ruleHits(String.fromCharCode(...Array.from({ length: 500 }, (_, i) => i % 32)), 'S02').length).toBeGreaterThan(0);
    expect(ruleHits('a\n' + '字'.repeat(25_000), 'S02')).toEqual(['2:info']);
  });

  // A table as `pdftotext -layout` writes it (corpus 01): columns apart by spaces, wrapped labels, blank lines.
  const spaced = [
    '                   收入支出决算总表',
    '                                                 单位：万元',
    '           收入                           支出',
    '       项目           决算数              项目            决算数',
    '一、一般公共预算财政拨款收入      2,940.05   一、一般公共服务支出        2,106.66',
    '二、政府性基金预算财政拨款收入                二、外交支出',
    '                               十、节能环保支出',
    '',
    '         本年收入合计     2,946.25       本年支出合计        2,940.05',
    '',
    '正文。',
  ];

  it('tells the user that a table aligned with spaces is not reconciled, once per table, on its first row', () => {
    const a = analyze(spaced.join('\n'));
    const hits = a.findings.filter((f) => f.ruleId === 'S02');
    expect(hits.map((f) => [f.severity, a.model.lines.positionAt(f.span.start).line + 1])).toEqual([['info', 3]]);
    expect(hits[0].message['zh-CN']).toContain('用空格对齐');
    expect(hits[0].message.en).toContain('not reconciled');
    // Two tables, each under its own title, are two findings.
    const twice = [...spaced, '                   收入决算表', ...spaced.slice(2)].join('\n');
    expect(ruleHits(twice, 'S02')).toEqual(['3:info', '13:info']);
  });

  it('is silent on the same table with tab-separated cells, on contents entries and on running text', () => {
    const tabbed = spaced.map((l) => l.trim().replace(/ {2,}/g, '\t')).join('\n');
    expect(ruleHits(tabbed, 'S02')).toEqual([]);
    const toc = ['目   录', '1. 2025年部门财务收支预算总表   ………………… 5', '2. 2025年部门收入预算总表   ……………… 6', '3. 2025年部门支出预算总表   ……………… 7'];
    expect(ruleHits(toc.join('\n'), 'S02')).toEqual([]);
    const prose = ['2024年收入预算2,946.25万元，比上年增加   12.00万元。', '支出预算2,940.05万元。', '其中：基本支出    2,336.91万元，项目支出603.14万元。'];
    expect(ruleHits(prose.join('\n'), 'S02')).toEqual([]);
  });

  it('is silent on well-formed input', () => {
    expect(ruleHits('<table><tr><td>合计</td><td>1.00</td></tr></table>\n正文。', 'S02')).toEqual([]);
  });
});

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
    expect(hits[0].message.en).toContain('only its classification hierarchy and its row totals are checked');
    // Two tables, each under its own title, are two findings.
    const twice = [...spaced, '                   收入决算表', ...spaced.slice(2)].join('\n');
    expect(ruleHits(twice, 'S02')).toEqual(['3:info', '13:info']);
  });

  // A table as `pdftotext` writes it in reading order (corpus 06): one cell per line, blank lines between, no tabs.
  const raw = [
    '2024年部门财务收支预算总表', '编制部门：上海市普陀区人民政府万里街道办事处', '单位：元', '本年收入', '项目', '预算数',
    '一、财政拨款收入', '156,211,123 一、一般公共服务支出', '2,932,700', '1. 一般公共预算资金', '156,211,123 二、公共安全支出',
    '1,633,000', '2. 政府性基金', '三、教育支出', '250,000', '收入总计', '156,211,123', '支出总计', '156,211,123',
  ].join('\n\n') + '\n\n这是正文，说明本部门的预算安排情况，共计15,621.11万元，比上年增加。\n';

  it('tells the user that a table with its cells in reading order is not reconciled, and names it in the outline', () => {
    const a = analyze(raw);
    const hits = a.findings.filter((f) => f.ruleId === 'S02');
    expect(hits.map((f) => [f.severity, a.model.lines.positionAt(f.span.start).line + 1])).toEqual([['info', 15]]);
    expect(hits[0].message['zh-CN']).toContain('逐格排列');
    expect(hits[0].message.en).toContain('reading order');
    // Its cells "2. 政府性基金" and "三、教育支出" are not headings.
    expect(a.model.sections.map((s) => s.numbering + s.title)).toEqual([]);
    expect(a.model.outline.map((n) => [n.name, n.unread])).toEqual([['2024年部门财务收支预算总表', 'raw']]);
  });

  // A table copied from a PDF viewer (corpus 16): one row per line, cells joined by single spaces, empty cells dropped.
  const joined = [
    '2026年预算单位收入预算总表', '编制单位：上海市普陀区人民政府石泉路街道办事处（本级） 单位：元', '功能分类科目编码 功能分类科目名称 合计 财政拨款收入',
    '201 一般公共服务支出 3,353,072 3,353,072', '20105 统计信息事务 501,200 501,200', '2010506统计管理 1,200 1,200',
    '2010507专项普查活动 500,000 500,000', '1、一般公共预算 72,626,134 二、公共安全支出 3,181,500 3,181,500',
    '',
    '一、收入预算情况',
    '2026年收入预算7,630.61万元。',
  ].join('\n');

  it('tells the user that a table with its cells joined by single spaces is not reconciled, and names it', () => {
    const a = analyze(joined);
    const hits = a.findings.filter((f) => f.ruleId === 'S02');
    expect(hits.map((f) => [f.severity, a.model.lines.positionAt(f.span.start).line + 1])).toEqual([['info', 4]]);
    expect(hits[0].message['zh-CN']).toContain('单个空格');
    expect(hits[0].message.en).toContain('single spaces');
    expect(a.model.outline.map((n) => [n.name, n.unread])).toEqual([['2026年预算单位收入预算总表', 'joined'], ['一、收入预算情况', undefined]]);
  });

  it('is silent on the same table with tab-separated cells, on contents entries and on running text', () => {
    const tabbed = spaced.map((l) => l.trim().replace(/ {2,}/g, '\t')).join('\n');
    expect(ruleHits(tabbed, 'S02')).toEqual([]);
    const toc = ['目   录', '1. 2025年部门财务收支预算总表   ………………… 5', '2. 2025年部门收入预算总表   ……………… 6', '3. 2025年部门支出预算总表   ……………… 7'];
    expect(ruleHits(toc.join('\n'), 'S02')).toEqual([]);
    const prose = ['2024年收入预算2,946.25万元，比上年增加   12.00万元。', '支出预算2,940.05万元。', '其中：基本支出    2,336.91万元，项目支出603.14万元。'];
    expect(ruleHits(prose.join('\n'), 'S02')).toEqual([]);
    // Narrow running text whose wrapped lines start with amounts (corpus 04) is not a table in reading order.
    const narrow = ['职业年金缴费支出。年初预算为 80.81 万元，支出决算为', '80.38 万元。 决算数大于预算数的主要原因：预算按周全保障', '测算，实际执行基本贴合预期。', '62.29 万元，支出决算为 60.99 万元。 决算数等于预算数的主', '187.75 万元，支出决算为 187.19 万元。 决算数小于预算数的', '258.50 万元，支出决算为 258.50 万元。决算数与预算数基本'];
    expect(ruleHits(narrow.join('\n'), 'S02')).toEqual([]);
    // Sentences that end in an amount are not rows joined by spaces.
    const ending = ['其中基本支出 2,336.91', '项目支出包括办公设备购置等，合计 603.14', '上年结转 49.14', '本年收入合计为 2,946.25'];
    expect(ruleHits(ending.join('\n'), 'S02')).toEqual([]);
    // Short lines with years and small numbers (a list, a contents page) are not a table in reading order.
    const list = ['一、主要职能', '2024年', '二、机构设置', '3', '三、名词解释', '2025', '四、预算编制说明', '12'];
    expect(ruleHits(list.join('\n\n'), 'S02')).toEqual([]);
  });

  it('is silent on well-formed input', () => {
    expect(ruleHits('<table><tr><td>合计</td><td>1.00</td></tr></table>\n正文。', 'S02')).toEqual([]);
  });
});

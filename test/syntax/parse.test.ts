import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/syntax/parse';
import type { TableBlock } from '../../server/src/syntax/types';
import { buildModel } from '../../server/src/model/buildModel';

const tables = (text: string) => parse(text).blocks.filter((b): b is TableBlock => b.kind === 'table');
const cellTexts = (t: TableBlock) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('parse: table layouts', () => {
  it('reads tab-separated rows, keeping a leading empty cell of header rows', () => {
    const [t] = tables('序号\t收入\t\t支出\n\t项 目\t预算数\t项 目\t预算数\n栏次\t1\t2\t3\t4\n');
    expect(t.layout).toBe('tsv');
    expect(cellTexts(t)[1]).toEqual(['', '项 目', '预算数', '项 目', '预算数']);
  });

  it('reads one cell per line, rows split by blank lines, a lone tab as an empty cell', () => {
    const text = '\t1\n\t合计\n\t\n\t708.68\n\n\t2\n\t一般公共服务支出\n\t682.55\n\t\n';
    const [t] = tables(text);
    expect(t.layout).toBe('cellPerLine');
    expect(cellTexts(t)).toEqual([
      ['1', '合计', '', '708.68'],
      ['2', '一般公共服务支出', '682.55', ''],
    ]);
    // The span of a cell points at its text.
    const c = t.rows[0].cells[3];
    expect(text.slice(c.span.start, c.span.end)).toBe('708.68');
  });

  it('reads markdown pipe tables and skips the separator row', () => {
    const [t] = tables('| 项目 | 金额 |\n|---|---:|\n| 合计 | **717.53** |\n');
    expect(t.layout).toBe('pipe');
    expect(cellTexts(t)).toEqual([['项目', '金额'], ['合计', '717.53']]);
  });

  it('reads HTML tables with inline markup; the span still points into the text', () => {
    const text = '<table><tr><td>合计</td><td><b>717.53</b></td></tr>\n<tr><td colspan="2">注</td></tr></table>';
    const [t] = tables(text);
    expect(t.layout).toBe('html');
    expect(cellTexts(t)).toEqual([['合计', '717.53'], ['注', '']]);
    const c = t.rows[0].cells[1];
    expect(text.slice(c.span.start, c.span.end)).toBe('717.53');
  });

  it('strips <b> around tab-separated cells (seed 003 style)', () => {
    const text = '32\t<b>本年收入合计</b>\t<b>717.53</b>\t<b>本年支出合计</b>\t<b>717.53</b>\n';
    const [t] = tables(text);
    expect(cellTexts(t)[0]).toEqual(['32', '本年收入合计', '717.53', '本年支出合计', '717.53']);
    const c = t.rows[0].cells[2];
    expect(text.slice(c.span.start, c.span.end)).toBe('717.53');
  });
});

describe('parse: headings, contents, notes', () => {
  it('recognizes every numbering style', () => {
    const text = ['第一部分 部门预算', '一、部门职责及机构设置情况', '（一）总体绩效目标', '1、收入说明', '2.支出说明', '## 十、名词解释', '**九、其他需要说明的事项**'].join('\n');
    const hs = parse(text).blocks.filter((b) => b.kind === 'heading');
    expect(hs.map((h) => (h.kind === 'heading' ? [h.level, h.numbering, h.title] : []))).toEqual([
      [1, '第一部分', '部门预算'],
      [2, '一、', '部门职责及机构设置情况'],
      [3, '（一）', '总体绩效目标'],
      [4, '1、', '收入说明'],
      [4, '2.', '支出说明'],
      [2, '十、', '名词解释'],
      [2, '九、', '其他需要说明的事项'],
    ]);
  });

  it('does not take a numbered sentence for a heading, nor 1.5万元 for numbering', () => {
    const blocks = parse('1、负责全区的公务用车平台建设、管理、协调、服务等日常工作；\n1.5万元用于培训').blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('does not take a row of a space-aligned table (pdftotext -layout) for a heading', () => {
    const text = ['一、收入预算情况', '八、城乡社区支出                154,369,326', '二、事业收入                             0.00', '      第一部分    上海市普陀区财政局概况'].join('\n');
    const blocks = parse(text).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'heading']);
    const last = blocks[3];
    expect(last.kind === 'heading' && [last.numbering, last.title]).toEqual(['第一部分', '上海市普陀区财政局概况']);
  });

  it('reads a one-cell row inside a space-aligned table as a row, not as a heading', () => {
    const text = [
      '一、收入支出决算总表',
      '一、一般公共预算财政拨款          9746.50   一、一般公共服务支出     120.00',
      '二、政府性基金预算财政拨款                   二、外交支出',
      '',
      '                                三、国防支出',
      '',
      '                                四、公共安全支出      88.10',
      '八、其他收入                  6.20   五、教育支出        326.71',
      '',
      '二、收入决算表说明',
    ].join('\n');
    const headings = parse(text).blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => (h.kind === 'heading' ? h.numbering + h.title : ''))).toEqual(['一、收入支出决算总表', '二、收入决算表说明']);
  });

  it('gives a numbering alone on its line the short complete line below as its title (corpus 02, 04)', () => {
    const text = ['七、财政拨款“三公”经费支出决算情况说明', '  （一）', '    “三公”经费财政拨款支出决算总体情况说明。', '  “三公”经费财政拨款支出年初预算为 0.95 万元。', '（八）', '负责本区暂未划转入税务部门的非税收入管理、政府性基金管', '理，按照分工管理行政事业性收费。'].join('\n');
    const p = parse(text);
    const headings = p.blocks.flatMap((b) => (b.kind === 'heading' ? [[b.numbering, b.title, text.slice(b.titleSpan.start, b.titleSpan.end)]] : []));
    expect(headings).toEqual([
      ['七、', '财政拨款“三公”经费支出决算情况说明', '财政拨款“三公”经费支出决算情况说明'],
      ['（一）', '“三公”经费财政拨款支出决算总体情况说明', '“三公”经费财政拨款支出决算总体情况说明'],
      // The first line of a wrapped paragraph is not a title: it stays text, and its numbering a heading of its own.
      ['（八）', '', ''],
    ]);
    expect(p.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text.slice(0, 8) : ''))).toEqual(['“三公”经费财政', '负责本区暂未划转', '理，按照分工管理']);
  });

  it('reads a contents entry whose leader dots went to the next line as an entry, not a heading (corpus 06, 14)', () => {
    const text = ['目录', '二、部门机构设置 ……………………………………………… 3', '三、名词解释', '', '…………………………………………………………', '四、部门预算编制说明 …………………………… 5', '五、部门预算表', '………………………………………… 7', '', '一、部门主要职能', '正文。'].join('\n');
    const p = parse(text);
    expect(p.blocks.flatMap((b) => (b.kind === 'toc' ? [[b.title, b.page ?? null]] : []))).toEqual([
      ['二、部门机构设置', 3], ['三、名词解释', null], ['四、部门预算编制说明', 5], ['五、部门预算表', 7],
    ]);
    expect(p.blocks.flatMap((b) => (b.kind === 'heading' ? [b.numbering + b.title] : []))).toEqual(['一、部门主要职能']);
  });

  it('reads a numbered term and its definition cut by the line end (名词解释 from a PDF) as text, not a heading', () => {
    const text = ['八、名词解释', '     一、财政拨款：指一般公共预算财政拨款和政府性基金预算财', '政拨款。', '     二、其他资金：包括事业收入、经营收入、其他收入等。', '     三、基本支出：指为保障机构正常运转、完成工作任务而发生', '的人员支出和公用支出。'].join('\n');
    const headings = parse(text).blocks.flatMap((b) => (b.kind === 'heading' ? [b.numbering + b.title] : []));
    expect(headings).toEqual(['八、名词解释']);
    // A numbering alone on its line, the term and its definition below (corpus 17), is an item of the list too.
    const bare = ['七、名词解释', '     一、财政拨款：指一般公共预算财政拨款。', '  二、', '   “三公”经费：指部门用一般公共预算财政拨款安排的因公', '出国（境）费。'].join('\n');
    expect(parse(bare).blocks.flatMap((b) => (b.kind === 'heading' ? [b.numbering + b.title] : []))).toEqual(['七、名词解释']);
    // A heading that ends with a colon, or names its subject before one, stays a heading.
    expect(parse('（一）收入预算：\n（二）“三公”经费预算：2024年').blocks.map((b) => b.kind)).toEqual(['heading', 'heading']);
  });

  it('reads an unindented one-cell row as a row when the rows above it in the table are numbered the same way (corpus 08)', () => {
    const table = [
      '                         2025年部门财务收支预算总表',
      '编制部门：上海市普陀区人民政府办公室                                 单位：元',
      '            项目            预算数                        项目          预算数',
      '一、财政拨款收入                  91,016,775.35 一、一般公共服务支出               82,096,797.42',
      '1. 一般公共预算资金               91,016,775.35 二、社会保障和就业支出               4,213,779.28',
      '2. 政府性基金                                  三、卫生健康支出                1,097,073.43',
      '',
      '二、事业收入',
      '',
      '三、事业单位经营收入',
      '',
      '           收入总计           91,016,775.35          支出总计            91,016,775.35',
    ];
    const headingsOf = (lines: string[]) => parse(lines.join('\n')).blocks.flatMap((b) => (b.kind === 'heading' ? [b.numbering + b.title] : []));
    expect(headingsOf([...table, '', '二、支出预算情况说明'])).toEqual(['二、支出预算情况说明']);
    // Between two pieces of a table, a heading numbered unlike the rows above it stays a heading.
    const pieces = [...table.slice(0, 6), '', '（二）支出预算', '', ...table.slice(11)];
    expect(headingsOf(pieces)).toEqual(['（二）支出预算']);
  });

  it('finds tables it cannot split into columns, each with its title, and never joins one across running text', () => {
    const spacedTable = ['                支出决算表', '   单位：万元', '   项目           本年支出合计      基本支出', '                               2,940.05', '201   一般公共服务支出     2,106.66     1,503.52', '208   社会保障和就业支出     326.72       326.72'];
    const rawCells = ['收入总计', '156,211,123', '支出总计', '156,211,123', '一、财政拨款收入', '2,932,700', '二、事业收入', '1,633,000'];
    const text = [
      ...spacedTable,
      '',
      '三、支出决算情况说明',
      '本年支出决算2,940.05万元，其中：基本支出2,336.91万元，项目支出603.14万元，与上年相比略有下降。',
      '四、财政拨款收入支出决算总体情况说明',
      '',
      ...rawCells.flatMap((c) => [c, '']),
    ].join('\n');
    const p = parse(text);
    const unread = p.problems.filter((q) => q.code === 'spacedTable' || q.code === 'rawTable');
    // The amount alone on its line ("2,940.05", a thousands separator, not a comma of a sentence) keeps the title.
    expect(unread.map((q) => [q.code, q.title?.text ?? null])).toEqual([['spacedTable', '支出决算表'], ['rawTable', null]]);
    // The text between the two tables keeps its headings.
    const headings = p.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.numbering + b.title : ''));
    expect(headings).toEqual(['三、支出决算情况说明', '四、财政拨款收入支出决算总体情况说明']);
    // Two tables in reading order with running text between are two tables, however close.
    const twoRaw = ['收入决算表', '', ...rawCells.flatMap((c) => [c, '']), '三、支出决算情况说明', '本年支出决算2,940.05万元，与上年相比略有下降。', '', ...rawCells.flatMap((c) => [c, ''])].join('\n');
    const q = parse(twoRaw);
    expect(q.problems.filter((x) => x.code === 'rawTable').map((x) => x.title?.text ?? null)).toEqual(['收入决算表', null]);
    expect(q.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.title : ''))).toEqual(['支出决算情况说明']);
  });

  it('reads table-of-contents entries with leader dots or a tab and a page number', () => {
    const text = '目 录\n部门预算收支总表 .....\t1\n部门预算收入总表\t4\n五、预算绩效信息.....\t21\n';
    const toc = parse(text).blocks.filter((b) => b.kind === 'toc');
    expect(toc.map((b) => (b.kind === 'toc' ? [b.title, b.page] : []))).toEqual([
      ['部门预算收支总表', 1],
      ['部门预算收入总表', 4],
      ['五、预算绩效信息', 21],
    ]);
  });

  it('reads notes', () => {
    const [b] = parse('注：无政府基金预算财政拨款预算，空表列示。').blocks;
    expect(b.kind).toBe('note');
  });
});

describe('parse: bad input gives a result, not an exception', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['binary bytes', String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256))],
    ['BOM', '\ufeff部门预算收支总表\n序号\t收入\n'],
    ['CRLF', '部门预算收支总表\r\n序号\t收入\t\t支出\r\n1\t一、一般公共预算拨款收入\t708.68\t一、一般公共服务支出\t682.55\r\n'],
    ['lone CR', '部门预算收支总表\r序号\t收入\r1\t合计\t708.68\r'],
    ['NBSP and full-width digits', '2023年预算收入为\u00a0７０８．６８万元。\n1\t合计\t７０８．６８\n'],
    ['a 5 MB single line', '收入'.repeat(2_500_000)],
    ['an HTML table with no end', '<table><tr><td>合计</td><td>1.00'],
    ['a half-typed table', '部门预算支出总表\n序号\t功能分类科目\n栏次\t1\t2\n1\t201\t一般公共服务支出\t5'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const p = parse(text);
      for (const b of p.blocks) {
        expect(b.span.start).toBeGreaterThanOrEqual(0);
        expect(b.span.end).toBeLessThanOrEqual(text.length);
      }
      expect(() => buildModel(text, p)).not.toThrow();
    });
  }

  it('reports an HTML table with no end and a line too long to structure', () => {
    expect(parse('<table><tr><td>1</td>').problems.map((p) => p.code)).toContain('unclosedTable');
    expect(parse('x'.repeat(30_000)).problems.map((p) => p.code)).toContain('lineTooLong');
  });

  it('reads full-width digits as numbers at the same offsets', () => {
    const text = '2023年预算收入为７０８．６８万元。';
    const m = buildModel(text);
    const a = m.sentences[0].amounts[0];
    expect(a.figure.value.toString()).toBe('708.68');
    expect(text.slice(a.figure.span.start, a.figure.span.end)).toBe('７０８．６８');
  });
});

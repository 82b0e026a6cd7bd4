import { describe, expect, it } from 'vitest';
import { layoutPdf, type PdfPageLayout, type PdfRun } from '../../server/src/convert/pdfLayout';
import { formatSource, sourceAt } from '../../server/src/convert/index';
import { buildModel } from '../../server/src/model/buildModel';

// Runs placed as a PDF writer places them (points from the top-left, y the baseline), in the register of real
// disclosures: a title, 编制部门/单位 metadata, a two-line header, a table continued on the next page with its
// header repeated, page numbers, letter-spaced headings and wrapped narrative.
const run = (str: string, x: number, y: number, size = 10, w = str.length * size * (/^[\d,.]+$/.test(str) ? 0.5 : 1)): PdfRun => ({ str, x, y, w, size });
const fig = (v: string, right: number, y: number) => run(v, right - v.length * 5, y);

function tablePage(rows: Array<[string, string, string, string, string]>, top: number, header: boolean, pageNo: number): PdfPageLayout {
  const runs: PdfRun[] = [];
  let y = top;
  if (header) {
    runs.push(run('科目编码', 60, y), run('科目名称', 160, y), run('支出预算', 400, y));
    y += 14;
    runs.push(run('合计', 330, y), run('基本支出', 410, y), run('项目支出', 500, y));
    y += 18;
  }
  for (const [code, name, total, basic, project] of rows) {
    runs.push(run(code, 60, y), run(name, 160, y), fig(total, 360, y), fig(basic, 460, y), fig(project, 550, y));
    y += 16;
  }
  runs.push(run(`- ${pageNo} -`, 290, 820));
  return { width: 595, height: 842, runs };
}

describe('PDF layout → canonical text', () => {
  const page1 = tablePage(
    [
      ['201', '一般公共服务支出', '300.00', '200.00', '100.00'],
      ['20103', '政府办公厅（室）及相关机构事务', '300.00', '200.00', '100.00'],
    ],
    150,
    true,
    1,
  );
  page1.runs.unshift(run('部门预算支出总表', 220, 80, 16), run('编制部门：某某局', 60, 110), run('单位：万元', 480, 110));
  const page2 = tablePage(
    [
      ['2010301', '行政运行', '200.00', '200.00', '0.00'],
      ['2010302', '一般行政管理事务', '100.00', '0.00', '100.00'],
    ],
    80,
    true,
    2,
  );
  const page3: PdfPageLayout = {
    width: 595,
    height: 842,
    runs: [
      // Letter-spaced heading: one character per run.
      ...'名词解释'.split('').map((ch, i) => run(ch, 250 + i * 16, 80, 16)),
      run('一、财政拨款收入：指本级财政当年拨付的资金，包括一般公共预算财政拨款、政府性基金预算财政拨款和', 60, 120, 10, 480),
      run('国有资本经营预算财政拨款。', 60, 134, 10, 130),
      run('二、基本支出：指为保障机构正常运转的支出。', 80, 148, 10, 220),
      run('- 3 -', 290, 820),
    ],
  };
  const r = layoutPdf([page1, page2, page3]);

  it('writes one table in the tab-row layout, joined over the page break with its repeated header dropped', () => {
    const model = buildModel(r.text);
    const t3 = model.tables.filter((t) => t.kind === 'T3');
    expect(t3).toHaveLength(1);
    expect(t3[0].rows.map((x) => x.code?.code)).toEqual(['201', '20103', '2010301', '2010302']);
    expect(t3[0].unit?.value).toBe('万元');
    expect(r.text.match(/科目编码/g)).toHaveLength(1);
    // Page numbers are dropped; one marker per page.
    expect(r.text).not.toMatch(/- \d -/);
    for (const p of [1, 2, 3]) expect(r.text).toContain(`〔第 ${p} 页〕`);
  });

  it('maps every row to its page', () => {
    const model = buildModel(r.text);
    const rows = model.tables.find((t) => t.kind === 'T3')!.rows;
    expect(rows.map((x) => formatSource(sourceAt(r.sourceMap, x.span.start), 'zh-CN'))).toEqual(['第 1 页', '第 1 页', '第 2 页', '第 2 页']);
  });

  it('joins letter-spaced headings and wrapped paragraphs; an indented line starts a new paragraph', () => {
    expect(r.text).toContain('名词解释');
    expect(r.text).toContain('包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。\n');
    expect(r.text).toMatch(/\n二、基本支出：/);
    const model = buildModel(r.text);
    expect(JSON.stringify(model.sections.map((s) => s.title))).not.toContain('页');
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { convertBytes, formatSource, sourceAt } from '../../server/src/convert/index';
import { analyze } from '../../server/src/rules/analyze';
import { buildModel } from '../../server/src/model/buildModel';

const ROOT = join(__dirname, '..', '..');
const PDF_DIR = join(ROOT, '..', 'shared', 'corpus', 'pdf');
const assets = { cMapUrl: join(ROOT, 'node_modules/pdfjs-dist/cmaps/'), standardFontDataUrl: join(ROOT, 'node_modules/pdfjs-dist/standard_fonts/') };
const enc = new TextEncoder();

function minimalPdf(extraTrailer = '', pageExtra = ''): Uint8Array {
  const body = [
    '%PDF-1.4',
    '1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj',
    '2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj',
    `3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]${pageExtra}>> endobj`,
    `trailer <</Size 4/Root 1 0 R${extraTrailer}>>`,
    '%%EOF',
  ].join('\n');
  return enc.encode(body);
}

describe('PDF', () => {
  const file = join(PDF_DIR, '11_shpt-sfj-2026-bumen-yusuan.pdf');
  it.skipIf(!existsSync(file))('reads a published PDF into tab-row tables that the model reconciles, each finding naming its page', async () => {
    const r = await convertBytes(new Uint8Array(readFileSync(file)), file, assets);
    expect(r.problems).toEqual([]);
    expect(r.pages).toBe(23);
    // One page marker per page, and the parser treats none as a heading.
    for (let p = 1; p <= 23; p++) expect(r.text).toContain(`〔第 ${p} 页〕`);
    const model = buildModel(r.text);
    expect(JSON.stringify(model.sections)).not.toContain('〔第');
    const kinds = model.tables.map((t) => t.kind);
    for (const k of ['T1', 'T2', 'T3', 'T4']) expect(kinds).toContain(k);
    const t2 = model.tables.find((t) => t.kind === 'T2')!;
    expect(t2.rows.length).toBe(22);
    expect(t2.unit?.value).toBe('元');
    // Columns as printed: code, name, 合计, and the income sources.
    const headers = t2.columns.map((c) => c.header);
    for (const h of [/^合计$/, /^财政拨款收入$/, /事业收入$/, /^事业单位经营收入$/, /^其他收入$/]) expect(headers.some((x) => h.test(x))).toBe(true);
    const row = t2.rows.find((x) => x.label.includes('行政运行'))!;
    expect(row.code?.code).toBe('2040601');
    expect(formatSource(sourceAt(r.sourceMap, row.span.start), 'zh-CN')).toBe('第 11 页');
    expect(formatSource(sourceAt(r.sourceMap, row.span.start), 'en')).toBe('p. 11');
    // The table split over pages 12–13 is one table.
    const t3 = model.tables.find((t) => t.kind === 'T3')!;
    expect(t3.rows.some((x) => x.label === '合计')).toBe(true);
    // No identity of the reconstructed tables is broken: the published figures add up.
    const a = analyze(r.text);
    expect(a.findings.filter((f) => /^T[1-4]-/.test(f.ruleId) && f.severity === 'error')).toEqual([]);
  }, 60_000);

  it('a PDF with no text layer (a scan) gives one clear message', async () => {
    const r = await convertBytes(minimalPdf(), 'scan.pdf', assets);
    expect(r.text).toBe('');
    expect(r.problems.map((p) => [p.code, p.fatal])).toEqual([['noText', true]]);
    expect(r.problems[0].message['zh-CN']).toContain('此 PDF 为扫描件，没有可提取的文字');
  });

  it('an encrypted PDF that needs a password gives one clear message', async () => {
    const o = '(' + 'a'.repeat(32) + ')';
    const bytes = minimalPdf(`/Encrypt <</Filter/Standard/V 1/R 2/O ${o}/U ${o}/P -4>>/ID[<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>]`);
    const r = await convertBytes(bytes, 'locked.pdf', assets);
    expect(r.problems.map((p) => p.code)).toEqual(['encrypted']);
    expect(r.problems[0].message.en).toMatch(/encrypted/);
  });

  it.skipIf(!existsSync(file))('a truncated or corrupt file gives a message, never a crash', async () => {
    const truncated = new Uint8Array(readFileSync(file)).subarray(0, 4000);
    const r = await convertBytes(truncated, 'cut.pdf', assets);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.every((p) => p.message['zh-CN'] && p.message.en)).toBe(true);
    const junk = await convertBytes(enc.encode('this is not a pdf at all'), 'junk.pdf', assets);
    expect(junk.problems.map((p) => p.code)).toEqual(['corrupt']);
  }, 30_000);

  it('a PDF over the page limit is refused with the count', async () => {
    const r = await convertBytes(minimalPdf(), 'many.pdf', { ...assets, maxPages: 0 });
    expect(r.problems.map((p) => p.code)).toEqual(['tooManyPages']);
    expect(r.problems[0].message['zh-CN']).toContain('超过上限 0 页');
  });
});

async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}
const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const tc = (t: string, span = 1) => `<w:tc>${span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : ''}${p(t)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

describe('DOCX', () => {
  it('reads paragraphs and a table with a spanning header into the tab-row layout, each place naming its paragraph or table', async () => {
    const bytes = await docx(
      p('一、部门预算安排的总体情况') +
        p('2024年收入预算合计300.00万元。') +
        p('部门预算支出总表') +
        p('单位：万元') +
        `<w:tbl>${tr(tc('科目编码'), tc('科目名称'), tc('合计'), tc('支出', 2))}${tr(tc(''), tc(''), tc(''), tc('基本支出'), tc('项目支出'))}${tr(tc('2010301'), tc('行政运行'), tc('300.00'), tc('200.00'), tc('90.00'))}</w:tbl>`,
    );
    const r = await convertBytes(bytes, 'draft.docx');
    expect(r.problems).toEqual([]);
    expect(r.text).toContain('\t2010301\t行政运行\t300.00\t200.00\t90.00');
    const a = analyze(r.text);
    const t3 = a.model.tables.find((t) => t.kind === 'T3');
    expect(t3?.rows.length).toBe(1);
    // 300 ≠ 200 + 90: the broken total is found, and it names the table it is in.
    const f = a.findings.find((x) => x.ruleId === 'T3-01');
    expect(f).toBeDefined();
    expect(formatSource(sourceAt(r.sourceMap, f!.span.start), 'zh-CN')).toBe('表格 1');
    expect(formatSource(sourceAt(r.sourceMap, r.text.indexOf('2024年收入')), 'en')).toBe('paragraph 2');
  });

  it('a renamed ZIP of something else, or a file that is no ZIP at all, is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('photos/a.txt', 'hello');
    const r = await convertBytes(await zip.generateAsync({ type: 'uint8array' }), 'fake.docx');
    expect(r.problems.map((x) => x.code)).toEqual(['notDocx']);
    expect(r.problems[0].message['zh-CN']).toContain('不是 Word 文档');
    const r2 = await convertBytes(enc.encode('{\\rtf1 old word file}'), 'old.docx');
    expect(r2.problems.map((x) => x.code)).toEqual(['notDocx']);
  });
});

async function xlsx(sheetXml: string, strings: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="支出总表" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file('xl/sharedStrings.xml', `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`);
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetXml}</sheetData></worksheet>`);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('XLSX', () => {
  const S = ['部门预算支出总表', '单位：万元', '科目编码', '科目名称', '合计', '基本支出', '项目支出', '行政运行'];
  const s = (r: string, i: number) => `<c r="${r}" t="s"><v>${i}</v></c>`;
  it('reads a sheet as a table, figures as saved (no floating noise), each finding naming its sheet!cell', async () => {
    const bytes = await xlsx(
      `<row r="1">${s('A1', 0)}</row><row r="2">${s('A2', 1)}</row>` +
        `<row r="3">${s('A3', 2)}${s('B3', 3)}${s('C3', 4)}${s('D3', 5)}${s('E3', 6)}</row>` +
        `<row r="4"><c r="A4"><v>2010301</v></c>${s('B4', 7)}<c r="C4"><v>300</v></c><c r="D4"><v>200.10000000000002</v></c><c r="E4"><v>90</v></c></row>`,
      S,
    );
    const r = await convertBytes(bytes, 'tables.xlsx');
    expect(r.problems).toEqual([]);
    expect(r.text).toContain('\t2010301\t行政运行\t300\t200.1\t90');
    const a = analyze(r.text);
    const f = a.findings.find((x) => x.ruleId === 'T3-01');
    expect(f).toBeDefined();
    expect(formatSource(sourceAt(r.sourceMap, f!.span.start), 'en')).toMatch(/^支出总表!C4$/);
  });

  it('formulas saved with no result are reported once per sheet, naming a cell, and read as empty', async () => {
    const bytes = await xlsx(
      `<row r="1">${s('A1', 0)}</row><row r="2">${s('A2', 1)}</row><row r="3">${s('A3', 2)}${s('B3', 3)}${s('C3', 4)}${s('D3', 5)}${s('E3', 6)}</row>` +
        `<row r="4"><c r="A4"><v>2010301</v></c>${s('B4', 7)}<c r="C4"><f>D4+E4</f></c><c r="D4"><v>200</v></c><c r="E4"><v>90</v></c></row>`,
      S,
    );
    const r = await convertBytes(bytes, 'formulas.xlsx');
    expect(r.problems.map((x) => [x.code, x.fatal])).toEqual([['noCachedValues', false]]);
    expect(r.problems[0].message['zh-CN']).toContain('支出总表!C4');
    expect(r.text).toContain('\t2010301\t行政运行\t\t200\t90');
  });

  it('a file that is not a workbook gives one clear message', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<x/>');
    const r = await convertBytes(await zip.generateAsync({ type: 'uint8array' }), 'renamed.xlsx');
    expect(r.problems.map((x) => x.code)).toEqual(['notXlsx']);
  });
});

import { describe, expect, it } from 'vitest';
import { builtinCatalog, parseCustomCatalog } from '../../server/src/catalog';
import { analyze } from '../../server/src/rules/analyze';
import { seed } from '../helpers';
import { hoverAt, markAt } from './cursor';
import { sumIdentity, t3SplitTable, t3Table, withIdentities } from './fixtures';

const seed000 = seed('000');
const seed002 = seed('002');
const seed004 = seed('004');

describe('hover on a classification code', () => {
  it('seed 000: 30231 in the 基本支出表 (one cell per line) shows name, level, chain, 说明, edition, confidence', () => {
    const { md, hover, text, offset } = hoverAt(markAt(seed000, '\t30231', 3));
    expect(md).toContain('**30231 公务用车运行维护费**');
    expect(md).toContain('款 · 部门预算支出经济分类');
    expect(md).toContain('302 商品和服务支出（类） › **30231 公务用车运行维护费**（款）');
    expect(md).toMatch(/说明：反映公务用车租用费、燃料费、维修费/);
    expect(md).toContain('目录版本：2023（文档年度）');
    expect(md).toMatch(/可信度：/);
    // The range is the code itself.
    const r = hover!.range!;
    expect(r.start.line).toBe(r.end.line);
    expect(r.end.character - r.start.character).toBe(5);
    expect(text.slice(offset - 2, offset + 3)).toBe('30231');
  });

  it('seed 000: 30231 in English', () => {
    const { md } = hoverAt(markAt(seed000, '\t30231', 3), { locale: 'en' });
    expect(md).toContain('**30231 公务用车运行维护费**');
    expect(md).toContain('economic classification (departmental budgets)');
    expect(md).toContain("Catalogue edition: 2023 (document's year)");
    expect(md).toMatch(/Explanation: 反映/);
    expect(md).toMatch(/Confidence: /);
  });

  it('seed 000: hovering the printed name of a coded row shows the same entry', () => {
    const at = seed000.indexOf('\t30231');
    const { md } = hoverAt(markAt(seed000, '公务用车运行维护费', 2, countBefore(seed000, '公务用车运行维护费', at)));
    expect(md).toContain('**30231 公务用车运行维护费**');
  });

  it('seed 002: 2010301 shows 行政运行 under 201 › 20103', () => {
    const { md } = hoverAt(markAt(seed002, '\t2010301', 4));
    expect(md).toContain('**2010301 行政运行**');
    expect(md).toContain(
      '201 一般公共服务支出（类） › 20103 政府办公厅（室）及相关机构事务（款） › **2010301 行政运行**（项）',
    );
    expect(md).toContain('项 · 支出功能分类');
    expect(md).toContain('说明（通用说明）');
  });

  it('seed 004: a code cell in a tab-separated row', () => {
    const { md } = hoverAt(markAt(seed004, '4\t2010301\t行政运行', 4));
    expect(md).toContain('**2010301 行政运行**');
    expect(md).not.toContain('⚠');
  });

  it('a code split over three columns (201 | 03 | 01): each part shows the whole code', () => {
    const doc = t3SplitTable(['201\t03\t01\t行政运行\t411.51']);
    for (const [needle, delta] of [['201\t03', 1], ['03\t01', 1], ['01\t行政', 1]] as const) {
      const { md, hover, text } = hoverAt(markAt(doc, needle, delta));
      expect(md, needle).toContain('**2010301 行政运行**');
      expect(md).toContain('20103 政府办公厅（室）及相关机构事务（款）');
      // The range is the part hovered, not the whole split code.
      const r = hover!.range!;
      expect(r.end.character - r.start.character).toBe(needle.split('\t')[0].length);
      void text;
    }
  });

  it('a code split by spaces in a row of a space-aligned table (pdftotext -layout): each part shows the whole code', () => {
    const doc = ['收入决算表', '201             一般公共服务支出         2,112.86     2,106.66', '201   06        财政事务             2,112.86   2,106.66', '201   06   01   行政运行           1,511.90     1,511.89'].join('\n');
    for (const [needle, nth] of [['201   06   01', 0], ['06   01', 0], ['01   行政', 0]] as const) {
      const { md, hover, text } = hoverAt(markAt(doc, needle, 1, nth));
      expect(md, needle).toContain('**2010601 行政运行**');
      expect(md).toContain('20106 财政事务（款）');
      expect(text.split('\n')[hover!.range!.start.line].slice(hover!.range!.start.character, hover!.range!.end.character)).toBe('201   06   01');
    }
    expect(hoverAt(markAt(doc, '06        财政', 1)).md).toContain('**20106 财政事务**');
    // Amounts in the same row are not codes.
    expect(hoverAt(markAt(doc, '1,511.90', 1)).md).not.toContain('行政运行**');
  });

  it('a printed name that differs from the catalogue shows both names', () => {
    const { md } = hoverAt(markAt(t3Table(['2010301\t行政运行经费\t411.51\t411.51\t']), '2010301', 2));
    expect(md).toContain('⚠ 文档所列名称：“行政运行经费”；目录名称：“行政运行”');
    const en = hoverAt(markAt(t3Table(['2010301\t行政运行经费\t411.51\t411.51\t']), '2010301', 2), { locale: 'en' }).md;
    expect(en).toContain('Name in the document: "行政运行经费"; catalogue name: "行政运行"');
  });

  it('a code the catalogue does not know says so', () => {
    const { md } = hoverAt(markAt(t3Table(['2010388\t不存在的科目\t1.00\t1.00\t']), '2010388', 2));
    expect(md).toContain('科目编码 2010388 不在《政府收支分类科目》中');
    expect(md).toContain('文档所列名称：不存在的科目');
  });

  it('the edition from the setting is named as such', () => {
    const { md } = hoverAt(markAt(seed002, '\t2010301', 4), { edition: 2024, editionSource: 'setting' });
    expect(md).toContain('目录版本：2024（设置）');
  });

  it('a code not yet in force in the edition is flagged (custom catalogue)', () => {
    const custom = parseCustomCatalog(
      'scheme,code,level,parent,name,explanation,since,until\nfunctional,2010399,项,20103,新设科目,测试说明,2025,\n',
      'csv',
      'test.csv',
    );
    const catalog = builtinCatalog().merge(custom.catalog!);
    const { md } = hoverAt(markAt(t3Table(['2010399\t新设科目\t1.00\t1.00\t']), '2010399', 2), { catalog });
    expect(md).toContain('**2010399 新设科目**');
    expect(md).toContain('说明：测试说明');
    expect(md).toContain('⚠ 该科目自 2025 年起设立，2023 年版目录中尚无');
  });
});

describe('hover on a code mentioned in prose', () => {
  const prose = '（一）支出说明\n\n2023年一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）411.51万元，科目2010301用于机关运行。\n';

  it('名称（项） after its 款 picks the child of that 款', () => {
    const { md, hover, text } = hoverAt(markAt(prose, '行政运行（项）', 1));
    expect(md).toContain('**2010301 行政运行**');
    expect(md).not.toContain('同名科目');
    const r = hover!.range!;
    expect(text.split('\n')[r.start.line].slice(r.start.character, r.end.character)).toBe('行政运行（项）');
  });

  it('a 款 whose name holds parentheses: 政府办公厅（室）及相关机构事务（款）', () => {
    const { md } = hoverAt(markAt(prose, '办公厅', 1));
    expect(md).toContain('**20103 政府办公厅（室）及相关机构事务**');
    expect(md).toContain('201 一般公共服务支出（类） › **20103');
  });

  it('a 类 mention', () => {
    const { md } = hoverAt(markAt(prose, '公共服务支出（类）', 1));
    expect(md).toContain('**201 一般公共服务支出**');
  });

  it('a bare 7-digit code', () => {
    const { md, hover } = hoverAt(markAt(prose, '2010301用于', 3));
    expect(md).toContain('**2010301 行政运行**');
    expect(hover!.range!.end.character - hover!.range!.start.character).toBe(7);
  });

  it('code and name together: 2080505机关事业单位基本养老保险缴费支出（项）', () => {
    const { md } = hoverAt(markAt('说明\n\n安排2080505机关事业单位基本养老保险缴费支出（项）95.10万元。\n', '养老', 1));
    expect(md).toContain('**2080505 机关事业单位基本养老保险缴费支出**');
  });

  it('an ambiguous 行政运行（项） with no context lists the other codes', () => {
    const { md } = hoverAt(markAt('说明\n\n行政运行（项）支出100万元。\n', '行政运行', 1));
    expect(md).toMatch(/\*\*\d{7} 行政运行\*\*/);
    expect(md).toContain('同名科目：');
  });

  it('an ambiguous name resolves to the code the document’s tables use', () => {
    const doc = t3Table(['2010301\t行政运行\t411.51\t411.51\t']) + '\n说明\n\n行政运行（项）支出411.51万元。\n';
    const { md } = hoverAt(markAt(doc, '行政运行（项）', 1));
    expect(md).toContain('**2010301 行政运行**');
  });

  it('numbers that are not codes get no code hover', () => {
    expect(hoverAt(markAt('说明\n\n共有20103人参加。\n', '20103', 2)).hover).toBeNull();
    expect(hoverAt(markAt('说明\n\n编号12345的文件。\n', '12345', 2)).hover).toBeNull();
    expect(hoverAt(markAt('说明\n\n这是一段普通文字。\n', '普通', 1)).hover).toBeNull();
  });
});

describe('hover on an amount', () => {
  /** Seed 000's T3 合计 row: 708.68 = 235.56 (基本) + 473.12 (项目). */
  const t3 = (a: ReturnType<typeof analyze>) => a.model.tables.find((t) => t.kind === 'T3')!;
  const totalRow = (a: ReturnType<typeof analyze>) => t3(a).rows.findIndex((r) => r.label === '合计');
  const colOf = (a: ReturnType<typeof analyze>, v: string) => t3(a).rows[totalRow(a)].cells.findIndex((c) => c.amount?.text === v);
  const ids = (a: ReturnType<typeof analyze>) => {
    const r = totalRow(a);
    return [sumIdentity(t3(a), [r, colOf(a, '708.68')], [[r, colOf(a, '235.56')], [r, colOf(a, '473.12')]])];
  };
  const at708 = () => {
    const a = analyze(seed000);
    return a.model.tables.find((t) => t.kind === 'T3')!.rows.find((r) => r.label === '合计')!.cells.find((c) => c.amount?.text === '708.68')!.span.start + 1;
  };
  const marked = () => seed000.slice(0, at708()) + '$0' + seed000.slice(at708());

  it('seed 000 T3 合计: table, row, column, 元 value and the identity it holds (✓)', () => {
    const { md } = hoverAt(marked(), { analysis: (text) => withIdentities(text, ids) });
    expect(md).toContain('**708.68 万元**');
    expect(md).toContain('- 表：部门预算支出总表 (支出总表)');
    expect(md).toContain('- 行：1. 合计');
    expect(md).toMatch(/- 列：合计 · 栏次 3 · `total`/);
    expect(md).toContain('708.68 万元 = 7086800 元');
    expect(md).toContain('**勾稽关系**');
    expect(md).toContain('- 合计 = 基本支出 + 项目支出：**708.68** = 235.56 + 473.12 ✓');
  });

  it('a part of the identity is bolded where it is hovered', () => {
    const a = analyze(seed000);
    const cell = t3(a).rows[totalRow(a)].cells[colOf(a, '473.12')];
    const text = seed000.slice(0, cell.span.start + 2) + '$0' + seed000.slice(cell.span.start + 2);
    const { md } = hoverAt(text, { analysis: (t) => withIdentities(t, ids) });
    expect(md).toContain('708.68 = 235.56 + **473.12** ✓');
    expect(md).toContain('473.12 万元 = 4731200 元');
  });

  it('a rounding gap reads ≈ and a broken identity ≠ with the computed value', () => {
    const doc = t3Table(['201\t一般公共服务支出\t100.01\t60.00\t40.00', '202\t外交支出\t50.00\t10.00\t30.00']);
    const make = (a: ReturnType<typeof analyze>) => {
      const t = a.model.tables[0];
      return [sumIdentity(t, [0, 3], [[0, 4], [0, 5]]), sumIdentity(t, [1, 3], [[1, 4], [1, 5]])];
    };
    const ok = hoverAt(markAt(doc, '100.01', 2), { analysis: (t) => withIdentities(t, make) }).md;
    expect(ok).toContain('**100.01** ≈ 60.00 + 40.00 ✓（差 0.01，舍入误差内）');
    const bad = hoverAt(markAt(doc, '50.00', 2), { analysis: (t) => withIdentities(t, make) }).md;
    expect(bad).toContain('**50.00** ≠ 10.00 + 30.00 ✗（计算值 40.00，差 10.00）');
    const badEn = hoverAt(markAt(doc, '50.00', 2), { analysis: (t) => withIdentities(t, make), locale: 'en' }).md;
    expect(badEn).toContain('**50.00** ≠ 10.00 + 30.00 ✗ (computed 40.00, difference 10.00)');
    expect(badEn).toContain('- Row: 2. 202 外交支出');
  });

  it('an amount in no identity says so', () => {
    const doc = t3Table(['201\t一般公共服务支出\t100.01\t60.00\t40.00']);
    const { md } = hoverAt(markAt(doc, '60.00', 1), { analysis: (t) => withIdentities(t, () => []) });
    expect(md).toContain('**60.00 万元**');
    expect(md).toContain('- 列：基本支出 · `basic`');
    expect(md).toContain('_未参与已核对的勾稽关系_');
  });

  it('seed 002 narrative: 702.04 shows its N02 finding and what it was compared with; 0.34元 shows the unit finding', () => {
    const { md } = hoverAt(markAt(seed002, '702.04万元', 2));
    expect(md).toContain('**检查结果**');
    expect(md).toContain('702.04万元 与收支总表本年支出合计 1079.09万元 不一致');
    expect(md).toMatch(/比较对象：.*1079\.09/);
    expect(md).not.toContain('未参与已核对的勾稽关系');
    const unit = hoverAt(markAt(seed002, '0.34元', 1)).md;
    expect(unit).toContain('的单位应为“万元”');
  });

  it('seed 000 narrative: 7086800元 is 708.68 万元', () => {
    const { md } = hoverAt(markAt(seed000, '7086800元', 3));
    expect(md).toContain('**7086800 元**');
    expect(md).toContain('7086800 元 = 708.68 万元');
    expect(md).toMatch(/- 项目：/);
  });

  it('narrative in 万元 converts to 元 exactly', () => {
    const { md } = hoverAt(markAt('说明\n\n2023年一般公共预算收入1079.09万元。\n', '1079', 2));
    expect(md).toContain('- 项目：一般公共预算收入');
    expect(md).toContain('1079.09 万元 = 10790900 元');
  });
});

describe('hover on a table title', () => {
  it('seed 002 T1: kind, name, unit, year, rows', () => {
    const { md } = hoverAt(markAt(seed002, '单位预算收支总表', 2));
    expect(md).toContain('**收支总表**');
    expect(md).toContain('单位预算收支总表');
    expect(md).toContain('- 单位：万元');
    expect(md).toContain('- 年度：2023');
    expect(md).toMatch(/- 数据行：\d+/);
    expect(md).toMatch(/- 勾稽：/);
  });

  it('counts the broken identities of that table', () => {
    const doc = t3Table(['201\t一般公共服务支出\t100.01\t60.00\t40.00', '202\t外交支出\t50.00\t10.00\t30.00']);
    const make = (a: ReturnType<typeof analyze>) => {
      const t = a.model.tables[0];
      return [sumIdentity(t, [0, 3], [[0, 4], [0, 5]]), sumIdentity(t, [1, 3], [[1, 4], [1, 5]])];
    };
    const { md } = hoverAt(markAt(doc, '支出总表', 1), { analysis: (t) => withIdentities(t, make) });
    expect(md).toContain('**支出总表**');
    expect(md).toContain('- 勾稽：✗ 1 / 2 项勾稽关系不成立');
    const none = hoverAt(markAt(doc, '支出总表', 1), { analysis: (t) => withIdentities(t, () => []) }).md;
    expect(none).toContain('未核对任何勾稽关系');
    const en = hoverAt(markAt(doc, '支出总表', 1), { analysis: (t) => withIdentities(t, make), locale: 'en' }).md;
    expect(en).toContain('- Reconciles: ✗ 1 of 2 identities broken');
  });
});

function countBefore(text: string, needle: string, before: number): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0 && at < before; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

import { describe, expect, it } from 'vitest';
import { buildModel } from '../../server/src/model/buildModel';
import type { Table } from '../../server/src/model/types';
import { seed } from '../helpers';

const STANDARD = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'];
const ORGS: Record<string, string> = {
  '000': '430机关事务管理部门',
  '002': '434001区政府办秦皇岛市山海关区人民政府办公室本级',
  '003': '201区委部门',
  '004': '434秦皇岛经济技术开发区管理委员会办公室',
};
const YEARS: Record<string, number> = { '000': 2023, '002': 2023, '003': 2024, '004': 2023 };

describe.each(Object.keys(ORGS))('seed %s: the standard tables', (num) => {
  const model = buildModel(seed(num));
  const byKind = (k: string) => model.tables.filter((t) => t.kind === k);

  it('holds each of the nine standard tables once, plus 政府采购 and 固定资产', () => {
    for (const k of [...STANDARD, 'T10', 'T11']) expect(byKind(k), k).toHaveLength(1);
  });

  it('reads unit, year and org of every standard table', () => {
    for (const k of STANDARD) {
      const t = byKind(k)[0];
      expect(t.unit?.value, k).toBe('万元');
      expect(t.year?.value, k).toBe(YEARS[num]);
      expect(`${t.org?.code ?? ''}${t.org?.name}`, k).toBe(ORGS[num]);
    }
    expect(model.year).toBe(YEARS[num]);
  });

  it('keys classification rows by code, and maps columns by 栏次', () => {
    const t3 = byKind('T3')[0];
    const total = t3.rows.find((r) => r.label === '合计')!;
    const col = (role: string) => t3.columns.find((c) => c.role === role)!.index;
    expect(total.cells[col('total')].amount).toBeDefined();
    expect(t3.rows.filter((r) => r.code).every((r) => /^\d{3}(\d{2}){0,2}$/.test(r.code!.code))).toBe(true);
  });
});

describe('merging tables split over pages', () => {
  it('seed 003: T1 appears once with its 34 rows, from two pieces', () => {
    const t1 = buildModel(seed('003')).tables.filter((t) => t.kind === 'T1');
    expect(t1).toHaveLength(1);
    expect(t1[0].pieces).toHaveLength(2);
    expect(t1[0].rows.map((r) => r.seq)).toEqual(Array.from({ length: 34 }, (_, i) => String(i + 1)));
  });

  it('seed 004: rejoins 事业单位离退 + 休 split over the page break', () => {
    const t2 = buildModel(seed('004')).tables.find((t) => t.kind === 'T2')!;
    const row = t2.rows.find((r) => r.code?.code === '2080502')!;
    expect(row.label).toBe('事业单位离退休');
    expect(t2.rows.filter((r) => r.seq).map((r) => Number(r.seq))).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });

  it('seed 004: T11 continues across its page with 办公用房', () => {
    const t11 = buildModel(seed('004')).tables.filter((t) => t.kind === 'T11');
    expect(t11).toHaveLength(1);
    expect(t11[0].rows.map((r) => r.label)).toContain('办公用房（平方米）');
  });
});

describe('seed 001: a performance-target document', () => {
  const model = buildModel(seed('001'));
  const t12 = model.tables.filter((t) => t.kind === 'T12');
  it('holds all 13 绩效目标表', () => {
    expect(t12).toHaveLength(13);
    expect(model.kind).toBe('绩效文本');
  });
  it('reads 预算数 in 元 and the indicators', () => {
    const t = t12.find((x: Table) => x.performance?.projectName?.value === '公共机构节能经费')!;
    expect(t.unit?.value).toBe('元');
    expect(t.performance?.budget?.amount?.value.toString()).toBe('80000');
    expect(t.performance?.indicators.map((i) => i.value.text)).toContain('57.66 万元');
  });
});

describe('cells', () => {
  it('reads thousands separators, dashes and quantities', () => {
    const m = buildModel(seed('004'));
    const t11 = m.tables.find((t) => t.kind === 'T11')!;
    const house = t11.rows.find((r) => r.label.startsWith('1、房屋'))!;
    expect(house.cells.map((c) => c.amount?.value.toString())).toContain('1130.72');
    const total = t11.rows.find((r) => r.label === '资产总额')!;
    expect(total.cells[1].text).toBe('—');
    expect(total.cells[1].amount).toBeUndefined();
  });

  it('reads ≥95%, 7人, ≤2.8 万元 and 228.6元/册 as quantities', () => {
    const q = (text: string) => {
      const m = buildModel(`1、x绩效目标表\n一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n产出指标\t数量指标\ta\tb\t${text}\tc\n`);
      return m.tables[0].performance!.indicators[0].value.quantity;
    };
    expect(q('≥95%')).toMatchObject({ op: '≥', unit: '%' });
    expect(q('7人')).toMatchObject({ op: '', unit: '人' });
    expect(q('≤2.8 万元')).toMatchObject({ op: '≤', unit: '万元' });
    expect(q('228.6元/册')).toMatchObject({ unit: '元', per: '册' });
    expect(q('≤2.8 万元')!.figure.value.toString()).toBe('2.8');
  });
});

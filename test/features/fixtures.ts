import { analyze, type Analysis } from '../../server/src/rules/analyze';
import { evaluate, makeReconciliation } from '../../server/src/reconcile/evaluate';
import type { Identity, IdentitySpec, Term } from '../../server/src/reconcile/types';
import type { Cell, Table } from '../../server/src/model/types';
import { Decimal, halfUnit } from '../../server/src/util/decimal';

/** A 支出总表 (T3) in tab-separated rows: `rows` are the cells after 序号 (code, name, amounts). */
export function t3Table(rows: string[], year = 2023): string {
  return [
    '部门预算支出总表',
    `预算年度：${year}`,
    '单位：万元',
    '序号\t科目编码\t科目名称\t合计\t基本支出\t项目支出',
    ...rows.map((r, i) => `${i + 1}\t${r}`),
    '',
  ].join('\n');
}

/** The same table with codes split over three columns (类 | 款 | 项). */
export function t3SplitTable(rows: string[], year = 2023): string {
  return [
    '部门预算支出总表',
    `预算年度：${year}`,
    '单位：万元',
    '序号\t类\t款\t项\t科目名称\t合计',
    ...rows.map((r, i) => `${i + 1}\t${r}`),
    '',
  ].join('\n');
}

export function term(table: Table, cell: Cell, row: number): Term {
  const fig = cell.amount;
  return {
    ref: { kind: 'cell', tableId: table.id, row, col: cell.col },
    span: cell.span,
    line: 0,
    label: `${table.id} r${row} c${cell.col}`,
    ...(fig ? { figure: fig } : {}),
    value: fig ? fig.value : new Decimal(0),
    half: fig ? halfUnit(fig.decimals) : new Decimal(0),
  };
}

/** A sum identity over cells of one table, evaluated as the engine would. */
export function sumIdentity(table: Table, total: [number, number], parts: Array<[number, number]>, ruleId = 'T3-01'): Identity {
  const at = ([r, c]: [number, number]) => term(table, table.rows[r].cells[c], r);
  const spec: IdentitySpec = {
    ruleId,
    kind: 'sum',
    total: at(total),
    parts: parts.map(at),
    unit: '万元',
    description: { 'zh-CN': '合计 = 基本支出 + 项目支出', en: 'total = basic + project' },
    tolerance: 'interval',
  };
  return evaluate(spec, `${ruleId}:test`);
}

/** The analysis of a text with the reconciliation replaced by the given identities. */
export function withIdentities(text: string, make: (a: Analysis) => Identity[]): Analysis {
  const a = analyze(text);
  return { ...a, recon: makeReconciliation(make(a)) };
}

/**
 * A 基本支出表 whose 302 商品和服务支出 prints 20.00 in 合计 and 公用经费: its 款 add up to 8.00, and the 合计 row
 * needs it at 10.00, so two T6-02 findings point at the same 302 合计 cell with different fixes (8.00, 10.00).
 */
export const T6_DISPUTED_302 = [
  '部门预算一般公共预算财政拨款基本支出表',
  '单位：万元',
  '序号\t科目编码\t科目名称\t合计\t人员经费\t公用经费',
  '栏次\t1\t2\t3\t4\t5',
  '1\t\t合计\t30.00\t20.00\t10.00',
  '2\t301\t工资福利支出\t20.00\t20.00\t',
  '3\t30101\t基本工资\t20.00\t20.00\t',
  '4\t302\t商品和服务支出\t20.00\t\t20.00',
  '5\t30201\t办公费\t8.00\t\t8.00',
].join('\n');

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

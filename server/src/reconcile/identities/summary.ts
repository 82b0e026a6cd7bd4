import { tableName } from '../../model/names';
import type { DisclosureModel, Row, Table } from '../../model/types';
import type { IdentitySpec, Term } from '../types';
import { L, cellLabel, cellTerm, colOf, equal, push, sum, tableOf } from './common';

/** A side-by-side summary table (T1 收支总表, T4 财政拨款收支总表): an income list and an expense list. */
export interface Sides {
  readonly t: Table;
  readonly inL: number;
  readonly inV: number;
  readonly exL: number;
  readonly incomeRows: Row[];
  readonly expenseRows: Row[];
  readonly incomeTotal?: Row;
  readonly expenseTotal?: Row;
  readonly carryIn?: Row;
  readonly carryOut?: Row;
  readonly grandIn?: Row;
  readonly grandOut?: Row;
}

/** Sides are read by several identity sources and rules: found once per table and roles. */
const sidesCache = new WeakMap<Table, Map<string, Sides | undefined>>();

export function sidesOf(t: Table | undefined, incomeRole: string, expenseLabelRole = 'expenseLabel'): Sides | undefined {
  if (!t) return undefined;
  let byRoles = sidesCache.get(t);
  if (!byRoles) sidesCache.set(t, (byRoles = new Map()));
  const key = `${incomeRole} ${expenseLabelRole}`;
  if (byRoles.has(key)) return byRoles.get(key);
  const sides = findSides(t, incomeRole, expenseLabelRole);
  byRoles.set(key, sides);
  return sides;
}

function findSides(t: Table, incomeRole: string, expenseLabelRole: string): Sides | undefined {
  const inL = colOf(t, 'incomeLabel');
  const inV = colOf(t, incomeRole);
  const exL = colOf(t, expenseLabelRole);
  if (inL === undefined || inV === undefined || exL === undefined) return undefined;
  const findIn = (re: RegExp) => t.rows.find((r) => re.test(cellLabel(r, inL)));
  const findEx = (re: RegExp) => t.rows.find((r) => re.test(cellLabel(r, exL)));
  const incomeTotal = findIn(/^本年收入合计$/);
  const expenseTotal = findEx(/^本年支出合计$/);
  const carryIn = findIn(/^(上年结转结余|上年结转|年初财政拨款结转和结余|年初结转和结余)$/);
  const carryOut = findEx(/^(年终结转结余|年末结转结余|年末财政拨款结转和结余|年终结转)$/);
  const grandIn = findIn(/^收入总计$/);
  const grandOut = findEx(/^支出总计$/);
  const before = (limit: Row | undefined, col: number) => {
    const end = limit ? t.rows.indexOf(limit) : -1;
    return end < 0 ? [] : t.rows.slice(0, end).filter((r) => cellLabel(r, col) !== '');
  };
  return {
    t, inL, inV, exL,
    // A table that prints no 本年收入合计 / 本年支出合计 and no carry-over (a PDF's 财务收支预算总表: 收入总计 and
    // 支出总计 only) lists its rows above the 总计.
    incomeRows: before(incomeTotal ?? (carryIn ? undefined : grandIn), inL),
    expenseRows: before(expenseTotal ?? (carryOut ? undefined : grandOut), exL),
    ...(incomeTotal ? { incomeTotal } : {}),
    ...(expenseTotal ? { expenseTotal } : {}),
    ...(carryIn ? { carryIn } : {}),
    ...(carryOut ? { carryOut } : {}),
    ...(grandIn ? { grandIn } : {}),
    ...(grandOut ? { grandOut } : {}),
  };
}

/** A term of a side-by-side table, labelled by the side's own label cell. */
export function sideTerm(s: Sides, row: Row, col: number, labelCol: number, suffix = ''): Term {
  const text = cellLabel(row, labelCol) || row.labelText;
  return cellTerm(s.t, row, col, { label: `${tableName(s.t)} ${text}${suffix}` });
}

const D = {
  t101: L('本年收入合计应等于各项收入之和', '本年收入合计 must equal the sum of the income rows'),
  t102: L('本年支出合计应等于各功能分类（类）支出之和', '本年支出合计 must equal the sum of the expenditure (类) rows'),
  t103in: L('收入总计 = 本年收入合计 + 上年结转结余', '收入总计 = 本年收入合计 + 上年结转结余'),
  t103out: L('支出总计 = 本年支出合计 + 年终结转结余', '支出总计 = 本年支出合计 + 年终结转结余'),
  t104: L('收入总计应等于支出总计', '收入总计 must equal 支出总计'),
  t105: L('无结转结余时，本年收入合计应等于本年支出合计', 'With no carry-over, 本年收入合计 must equal 本年支出合计'),
};

/** T1-01 … T1-05. */
export function t1Identities(model: DisclosureModel): IdentitySpec[] {
  const t = tableOf(model, 'T1');
  const s = sidesOf(t, 'income');
  if (!t || !s) return [];
  const exV = colOf(t, 'expense');
  if (exV === undefined) return [];
  const out: IdentitySpec[] = [];
  const inc = (r: Row) => sideTerm(s, r, s.inV, s.inL);
  const exp = (r: Row) => sideTerm(s, r, exV, s.exL);
  if (s.incomeTotal) push(out, sum('T1-01', inc(s.incomeTotal), s.incomeRows.map(inc), D.t101));
  if (s.expenseTotal) push(out, sum('T1-02', exp(s.expenseTotal), s.expenseRows.map(exp), D.t102));
  if (s.grandIn && s.incomeTotal) {
    push(out, sum('T1-03', inc(s.grandIn), [inc(s.incomeTotal), ...(s.carryIn ? [inc(s.carryIn)] : [])], D.t103in));
  }
  if (s.grandOut && s.expenseTotal) {
    push(out, sum('T1-03', exp(s.grandOut), [exp(s.expenseTotal), ...(s.carryOut ? [exp(s.carryOut)] : [])], D.t103out));
  }
  if (s.grandIn && s.grandOut) push(out, equal('T1-04', exp(s.grandOut), inc(s.grandIn), D.t104, { computedLabel: L('收入总计', '收入总计') }));
  // T1-05 holds only when there is no carry-over on either side (S7: a carry-over legitimately separates them).
  const noCarry = (r: Row | undefined, col: number) => !r || !r.cells[col]?.amount || r.cells[col].amount!.value.isZero();
  if (s.incomeTotal && s.expenseTotal && noCarry(s.carryIn, s.inV) && noCarry(s.carryOut, exV)) {
    push(out, equal('T1-05', exp(s.expenseTotal), inc(s.incomeTotal), D.t105, { computedLabel: L('本年收入合计', '本年收入合计') }));
  }
  return out;
}

const D4 = {
  a: L('本年收入合计应等于各项财政拨款收入之和', '本年收入合计 must equal the sum of the appropriation income rows'),
  b: L('合计应等于一般公共预算、政府性基金预算、国有资本经营预算三栏之和', '合计 must equal 一般公共 + 政府性基金 + 国有资本经营'),
  c: L('年初财政拨款结转和结余应等于其下各项之和', '年初财政拨款结转和结余 must equal the sum of its rows'),
  d: L('收入总计 = 本年收入合计 + 年初财政拨款结转和结余', '收入总计 = 本年收入合计 + 年初财政拨款结转和结余'),
  e: L('收入总计应等于支出总计', '收入总计 must equal 支出总计'),
  f: L('本年支出合计应等于各功能分类（类）支出之和', '本年支出合计 must equal the sum of the expenditure (类) rows'),
  g: L('支出总计 = 本年支出合计 + 年末结转和结余', '支出总计 = 本年支出合计 + 年末结转和结余'),
};

/** T4-01 (a)–(e), and the column sums of the expense side. */
export function t4Identities(model: DisclosureModel): IdentitySpec[] {
  const t = tableOf(model, 'T4');
  const s = sidesOf(t, 'income');
  if (!t || !s) return [];
  const total = colOf(t, 'total');
  const parts = ['gpb', 'fund', 'soe'].map((r) => colOf(t, r)).filter((c): c is number => c !== undefined);
  if (total === undefined) return [];
  const out: IdentitySpec[] = [];
  const inc = (r: Row) => sideTerm(s, r, s.inV, s.inL);
  const col = (r: Row, c: number) => sideTerm(s, r, c, s.exL, `（${t.columns[c]?.role === 'total' ? '合计' : t.columns[c]?.header ?? ''}）`);
  // (a)
  if (s.incomeTotal) push(out, sum('T4-01', inc(s.incomeTotal), s.incomeRows.map(inc), D4.a));
  // (c) the rows listed under 年初财政拨款结转和结余, up to 收入总计.
  if (s.carryIn && s.grandIn) {
    const from = t.rows.indexOf(s.carryIn) + 1;
    const to = t.rows.indexOf(s.grandIn);
    const sub = t.rows.slice(from, to).filter((r) => cellLabel(r, s.inL) !== '');
    if (sub.length) push(out, sum('T4-01', inc(s.carryIn), sub.map(inc), D4.c));
  }
  // (d)
  if (s.grandIn && s.incomeTotal) {
    push(out, sum('T4-01', inc(s.grandIn), [inc(s.incomeTotal), ...(s.carryIn ? [inc(s.carryIn)] : [])], D4.d));
  }
  // (e)
  if (s.grandIn && s.grandOut) push(out, equal('T4-01', col(s.grandOut, total), inc(s.grandIn), D4.e, { computedLabel: L('收入总计', '收入总计') }));
  // (b) every expense row — when the table prints its funds in columns (a table with one 金额 column, as
  // Jiangsu's, has no parts to add up).
  if (parts.length) for (const r of t.rows) {
    if (cellLabel(r, s.exL) === '' && ![total, ...parts].some((c) => r.cells[c]?.amount)) continue;
    // A table that prints no 一般公共预算 / 基金 / 国有资本 columns (Jiangsu's one 金额 column) states no row sum.
    if (parts.length > 0) push(out, sum('T4-01', col(r, total), parts.map((c) => col(r, c)), D4.b));
  }
  // Column sums of the expense side.
  for (const c of [total, ...parts]) {
    if (s.expenseTotal) push(out, sum('T4-01', col(s.expenseTotal, c), s.expenseRows.map((r) => col(r, c)), D4.f));
    if (s.grandOut && s.expenseTotal) {
      push(out, sum('T4-01', col(s.grandOut, c), [col(s.expenseTotal, c), ...(s.carryOut ? [col(s.carryOut, c)] : [])], D4.g));
    }
  }
  return out;
}

import type { DisclosureModel, Row, Table, TableKindId } from '../../model/types';
import type { IdentitySpec } from '../types';
import { L, cellTerm, colOf, colsOf, push, sum, tableOf, totalRow } from './common';

/** Value columns of each classified table, by role. */
export const VALUE_ROLES: Readonly<Partial<Record<TableKindId, readonly string[]>>> = {
  T2: ['total', 'subtotal', 'fiscal', 'specialAccount', 'business', 'operating', 'superior', 'subsidiary', 'other', 'carryover'],
  T3: ['total', 'basic', 'project', 'operating', 'remitUpward', 'subsidyToSubordinate'],
  T5: ['total', 'basic', 'project'],
  T6: ['total', 'personnel', 'publicFunds'],
  T7: ['total', 'basic', 'project'],
  T8: ['total', 'basic', 'project'],
};

/** Rows by classification code (the first row wins when a code repeats). */
export function byCode(t: Table | undefined): Map<string, Row> {
  const m = new Map<string, Row>();
  if (t) for (const r of t.rows) if (r.code && !m.has(r.code.code)) m.set(r.code.code, r);
  return m;
}

/** 类 (3 digits), 款 (5) and 项 (7) of a code; the children of a row are the codes one level down with its prefix. */
function childrenOf(t: Table, parent: string | undefined): Row[] {
  const len = parent === undefined ? 3 : parent.length + 2;
  return t.rows.filter((r) => r.code && r.code.code.length === len && (parent === undefined || r.code.code.startsWith(parent)));
}

const HIER: Readonly<Record<string, { all: ReturnType<typeof L>; one: ReturnType<typeof L> }>> = {
  functional: {
    all: L('合计应等于各“类”之和', '合计 must equal the sum of its 类 rows'),
    one: L('上级科目应等于其下级科目之和', 'A classification row must equal the sum of its sub-rows'),
  },
  economic: {
    all: L('合计应等于各经济分类“类”之和', '合计 must equal the sum of the economic 类 rows'),
    one: L('经济分类“类”应等于其下“款”之和', 'An economic 类 must equal the sum of its 款 rows'),
  },
};

/** 合计 = Σ类, 类 = Σ款, 款 = Σ项 in every value column (T2/T3/T5/T7/T8-02, T6-02). */
export function hierarchy(t: Table, ruleId: string, economic = false): IdentitySpec[] {
  const out: IdentitySpec[] = [];
  const cols = colsOf(t, VALUE_ROLES[t.kind as TableKindId] ?? []);
  const d = HIER[economic ? 'economic' : 'functional'];
  const top = totalRow(t);
  const classes = childrenOf(t, undefined);
  for (const c of cols) {
    if (top && classes.length) push(out, sum(ruleId, cellTerm(t, top, c), classes.map((r) => cellTerm(t, r, c)), d.all));
    for (const r of t.rows) {
      if (!r.code || r.code.code.length >= 7) continue;
      const kids = childrenOf(t, r.code.code);
      if (kids.length === 0) continue;
      push(out, sum(ruleId, cellTerm(t, r, c), kids.map((k) => cellTerm(t, k, c)), d.one));
    }
  }
  return out;
}

/** A row identity: total column = Σ the given columns, on every row that prints a figure. */
/** True when a column right of the total prints an amount in some row and has no role. */
function hasUnnamedAmounts(t: Table, totalCol: number): boolean {
  for (const c of t.columns) {
    if (c.index <= totalCol || c.role) continue;
    if (t.rows.some((r) => r.cells[c.index]?.amount)) return true;
  }
  return false;
}

function rowSums(t: Table, ruleId: string, totalRole: string, partRoles: readonly string[], d: ReturnType<typeof L>): IdentitySpec[] {
  const out: IdentitySpec[] = [];
  const tc = colOf(t, totalRole);
  const pcs = colsOf(t, partRoles);
  if (tc === undefined || pcs.length === 0) return out;
  // A column that prints amounts but has no role (another region's 单位预留机动经费, 结转下年资金 …) may be a part:
  // the total cannot be stated as the sum of the known parts, so this identity is not stated at all.
  if (hasUnnamedAmounts(t, tc)) return out;
  for (const r of t.rows) push(out, sum(ruleId, cellTerm(t, r, tc), pcs.map((c) => cellTerm(t, r, c)), d));
  return out;
}

export function t2Identities(model: DisclosureModel): IdentitySpec[] {
  const t = tableOf(model, 'T2');
  if (!t) return [];
  return [
    ...rowSums(t, 'T2-01', 'total', ['subtotal', 'carryover'], L('合计 = 本年收入小计 + 上年结转', '合计 = 本年收入小计 + 上年结转')),
    ...rowSums(t, 'T2-01', 'subtotal', ['fiscal', 'specialAccount', 'business', 'operating', 'superior', 'subsidiary', 'other'],
      L('本年收入小计应等于各收入来源之和', '本年收入小计 must equal the sum of the income sources')),
    ...hierarchy(t, 'T2-02'),
  ];
}

export function t3Identities(model: DisclosureModel): IdentitySpec[] {
  const t = tableOf(model, 'T3');
  if (!t) return [];
  return [
    ...rowSums(t, 'T3-01', 'total', ['basic', 'project', 'operating', 'remitUpward', 'subsidyToSubordinate'],
      L('合计 = 基本支出 + 项目支出 + 经营支出 + 上解上级支出 + 对附属单位补助支出', '合计 = 基本 + 项目 + 经营 + 上解上级 + 对附属单位补助')),
    ...hierarchy(t, 'T3-02'),
  ];
}

export function t5Identities(model: DisclosureModel): IdentitySpec[] {
  const t = tableOf(model, 'T5');
  if (!t) return [];
  return [
    ...rowSums(t, 'T5-01', 'total', ['basic', 'project'], L('合计 = 基本支出 + 项目支出', '合计 = 基本支出 + 项目支出')),
    ...hierarchy(t, 'T5-02'),
  ];
}

export function t78Identities(model: DisclosureModel): IdentitySpec[] {
  const out: IdentitySpec[] = [];
  for (const kind of ['T7', 'T8'] as const) {
    const t = tableOf(model, kind);
    if (!t) continue;
    // The row identity 合计 = 基本 + 项目 of these tables is stated under their hierarchy rule.
    out.push(...rowSums(t, `${kind}-02`, 'total', ['basic', 'project'], L('合计 = 基本支出 + 项目支出', '合计 = 基本支出 + 项目支出')));
    out.push(...hierarchy(t, `${kind}-02`));
  }
  return out;
}

/** Economic 类 counted as 人员经费 (工资福利, 对个人和家庭的补助); the rest are 公用经费. */
const PERSONNEL_CLASSES = new Set(['301', '303']);

export function t6Identities(model: DisclosureModel): IdentitySpec[] {
  const t = tableOf(model, 'T6');
  if (!t) return [];
  const out: IdentitySpec[] = [];
  out.push(...rowSums(t, 'T6-01', 'total', ['personnel', 'publicFunds'], L('合计 = 人员经费 + 公用经费', '合计 = 人员经费 + 公用经费')));
  out.push(...hierarchy(t, 'T6-02', true));
  const top = totalRow(t);
  const tc = colOf(t, 'total');
  const pc = colOf(t, 'personnel');
  const fc = colOf(t, 'publicFunds');
  if (top && tc !== undefined && pc !== undefined && fc !== undefined) {
    const classes = t.rows.filter((r) => r.code && r.code.code.length === 3);
    if (classes.length) {
      const pers = classes.filter((r) => PERSONNEL_CLASSES.has(r.code!.code));
      const pub = classes.filter((r) => !PERSONNEL_CLASSES.has(r.code!.code));
      push(out, sum('T6-03', cellTerm(t, top, pc), pers.map((r) => cellTerm(t, r, tc)),
        L('人员经费应等于 301 工资福利支出与 303 对个人和家庭的补助之和', '人员经费 must equal 301 + 303'),
        { computedLabel: L('301 + 303 合计', 'sum of 301 + 303') }));
      push(out, sum('T6-03', cellTerm(t, top, fc), pub.map((r) => cellTerm(t, r, tc)),
        L('公用经费应等于 302 商品和服务支出及 310 等其他经济分类之和', '公用经费 must equal 302 + 310 + other classes'),
        { computedLabel: L('302、310 等合计', 'sum of 302, 310 and others') }));
    }
  }
  return out;
}

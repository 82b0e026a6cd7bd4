import { kindName, tableName } from '../../model/names';
import type { DisclosureModel, Row, Table } from '../../model/types';
import { Decimal } from '../../util/decimal';
import type { Localized } from '../../util/i18n';
import type { IdentitySpec, Term } from '../types';
import { byCode } from './classified';
import { L, atLeast, bareLabel, cellLabel, cellTerm, colOf, equal, push, sum, tableOf, totalRow } from './common';
import { projectAmount } from './other';
import { sideTerm, sidesOf, type Sides } from './summary';
import { t9Rows } from './threePublic';

const col = (t: Table | undefined, role: string): number | undefined => (t ? colOf(t, role) : undefined);

/** A term for a cell that may not exist (a missing row is an exact zero, without a place of its own). */
function cellOr(t: Table, row: Row | undefined, c: number | undefined): Term[] {
  return row && c !== undefined ? [cellTerm(t, row, c)] : [];
}

/** Income rows of T1 by what they are. */
const INCOME: ReadonlyArray<[string, RegExp]> = [
  ['gpb', /^一般公共预算(财政)?拨款(收入)?$/],
  ['fund', /^政府性基金预算(财政)?拨款(收入)?$/],
  ['soe', /^国有资本经营预算(财政)?拨款(收入)?$/],
  ['specialAccount', /^财政专户(管理资金)?(收入)?$/],
  ['business', /^事业收入$/],
  ['operating', /^(事业单位)?经营收入$/],
  ['superior', /^上级补助收入$/],
  ['subsidiary', /^附属单位上缴收入$/],
  ['other', /^其他收入$/],
  ['unitFunds', /^单位资金(收入)?$/],
];

function incomeRows(s: Sides): Map<string, Row> {
  const m = new Map<string, Row>();
  for (const r of s.incomeRows) {
    const label = cellLabel(r, s.inL);
    const hit = INCOME.find(([, re]) => re.test(label));
    if (hit && !m.has(hit[0])) m.set(hit[0], r);
  }
  return m;
}

/**
 * Pairs the 类 rows of a side-by-side table (T1, T4) with the 类 rows of a classified table (T3, T5, T7, T8) by
 * name, and states side[类] = classified[类] for each name that either prints.
 */
function classPairs(
  ruleId: string, s: Sides, sideCol: number, t: Table, tCol: number, d: Localized, other: string,
): IdentitySpec[] {
  const out: IdentitySpec[] = [];
  // A side whose rows could not be told apart from its totals says nothing of its 类 rows.
  if (s.expenseRows.length === 0) return out;
  const classes = t.rows.filter((r) => r.code && r.code.code.length === 3);
  const byName = new Map(classes.map((r) => [bareLabel(r.label), r] as const));
  const seen = new Set<Row>();
  for (const r of s.expenseRows) {
    const name = cellLabel(r, s.exL);
    const match = byName.get(name);
    const a = sideTerm(s, r, sideCol, s.exL);
    if (match) {
      seen.add(match);
      push(out, equal(ruleId, a, cellTerm(t, match, tCol), d));
    } else if (a.figure && !a.value.isZero()) {
      push(out, equal(ruleId, a, [], d, { computedLabel: L(`${other} 无此类`, `no such 类 in ${other}`) }));
    }
  }
  for (const m of classes) {
    if (seen.has(m)) continue;
    const b = cellTerm(t, m, tCol);
    if (b.figure && !b.value.isZero()) push(out, equal(ruleId, b, [], d, { computedLabel: L(`${tableName(s.t)} 无此类`, `no such row in the “${tableName(s.t)}”`) }));
  }
  return out;
}

export function crossIdentities(model: DisclosureModel): IdentitySpec[] {
  const out: IdentitySpec[] = [];
  const T1 = tableOf(model, 'T1');
  const T2 = tableOf(model, 'T2');
  const T3 = tableOf(model, 'T3');
  const T4 = tableOf(model, 'T4');
  const T5 = tableOf(model, 'T5');
  const T6 = tableOf(model, 'T6');
  const T7 = tableOf(model, 'T7');
  const T8 = tableOf(model, 'T8');
  const T9 = tableOf(model, 'T9');
  const s1 = sidesOf(T1, 'income');
  const s4 = sidesOf(T4, 'income');
  const t1Exp = col(T1, 'expense');

  // X01 T1 income side = T2 合计 row.
  const top2 = T2 ? totalRow(T2) : undefined;
  if (s1 && T2 && top2) {
    const inc = (r: Row) => sideTerm(s1, r, s1.inV, s1.inL);
    const rows = incomeRows(s1);
    const t2 = (role: string) => cellOr(T2, top2, col(T2, role));
    const d = L('收支总表收入应与收入总表合计行一致', 'Income in the “收支总表” must agree with the 合计 row of the “收入总表”');
    if (s1.grandIn) for (const b of t2('total')) push(out, equal('X01', inc(s1.grandIn), b, d));
    if (s1.carryIn) for (const b of t2('carryover')) push(out, equal('X01', inc(s1.carryIn), b, d));
    const fiscalRows = ['gpb', 'fund', 'soe'].map((k) => rows.get(k)).filter((r): r is Row => !!r);
    for (const b of t2('fiscal')) if (fiscalRows.length) push(out, sum('X01', b, fiscalRows.map(inc), d, { computedLabel: L('收支总表财政拨款收入合计', 'appropriation income in the “收支总表”') }));
    for (const role of ['specialAccount', 'business', 'operating', 'superior', 'subsidiary', 'other']) {
      const r = rows.get(role);
      if (r) for (const b of t2(role)) push(out, equal('X01', inc(r), b, d));
    }
    const unit = rows.get('unitFunds');
    if (unit) {
      const parts = ['business', 'operating', 'superior', 'subsidiary', 'other'].flatMap(t2);
      push(out, equal('X01', inc(unit), parts, d, { computedLabel: L('收入总表事业、经营、上级补助、附属上缴、其他收入之和', 'non-appropriation income in the “收入总表”') }));
    }
  }

  // X02 T1 本年支出合计 = T3 合计; T1 类 rows = T3 类 rows.
  const top3 = T3 ? totalRow(T3) : undefined;
  const t3Total = col(T3, 'total');
  if (s1 && T3 && t1Exp !== undefined && t3Total !== undefined) {
    const d = L('收支总表支出应与支出总表一致', 'Expenditure in the “收支总表” must agree with the “支出总表”');
    if (s1.expenseTotal && top3) push(out, equal('X02', sideTerm(s1, s1.expenseTotal, t1Exp, s1.exL), cellTerm(T3, top3, t3Total), d));
    out.push(...classPairs('X02', s1, t1Exp, T3, t3Total, d, 'T3'));
  }

  // X03 T2[code].合计 = T3[code].合计.
  const t2Total = col(T2, 'total');
  if (T2 && T3 && t2Total !== undefined && t3Total !== undefined) {
    const d = L('收入总表与支出总表同一科目的合计应一致', 'The “收入总表” and the “支出总表” must agree for each classification code');
    if (top2 && top3) push(out, equal('X03', cellTerm(T2, top2, t2Total), cellTerm(T3, top3, t3Total), d));
    const a = byCode(T2);
    const b = byCode(T3);
    for (const code of new Set([...a.keys(), ...b.keys()])) {
      const ra = a.get(code);
      const rb = b.get(code);
      if (ra && rb) push(out, equal('X03', cellTerm(T2, ra, t2Total), cellTerm(T3, rb, t3Total), d));
      else if (ra) push(out, equal('X03', cellTerm(T2, ra, t2Total), [], d, { computedLabel: L('支出总表无此科目', 'no such code in the “支出总表”') }));
      else if (rb) push(out, equal('X03', cellTerm(T3, rb, t3Total), [], d, { computedLabel: L('收入总表无此科目', 'no such code in the “收入总表”') }));
    }
  }

  // X04 T4 income rows = T1 rows 1/2/3.
  if (s1 && s4) {
    const a = incomeRows(s4);
    const b = incomeRows(s1);
    const d = L('财政拨款收支总表收入应与收支总表一致', 'Income in the “财政拨款收支总表” must agree with the “收支总表”');
    for (const k of ['gpb', 'fund', 'soe']) {
      const ra = a.get(k);
      const rb = b.get(k);
      if (ra && rb) push(out, equal('X04', sideTerm(s4, ra, s4.inV, s4.inL), sideTerm(s1, rb, s1.inV, s1.inL), d));
    }
  }

  // X05 / X06: T4 columns against T5 / T7 / T8.
  if (s4 && T4) {
    const pairs: Array<[string, string, Table | undefined]> = [['X05', 'gpb', T5], ['X06', 'fund', T7], ['X06', 'soe', T8]];
    for (const [rule, role, ft] of pairs) {
      const c4 = colOf(T4, role);
      const fc = col(ft, 'total');
      if (!ft || c4 === undefined || fc === undefined) continue;
      const d = rule === 'X05'
        ? L('财政拨款收支总表一般公共预算栏应与一般公共预算财政拨款支出表一致', 'The 一般公共预算 column of the “财政拨款收支总表” must agree with the “一般公共预算财政拨款支出表”')
        : L(`财政拨款收支总表${role === 'fund' ? '政府性基金' : '国有资本经营'}栏应与${kindName(ft.kind)}一致`, `The ${role === 'fund' ? '政府性基金' : '国有资本经营'} column of the “财政拨款收支总表” must agree with the “${kindName(ft.kind)}”`);
      const top = totalRow(ft);
      if (s4.expenseTotal) {
        const a = sideTerm(s4, s4.expenseTotal, c4, s4.exL, `（${T4.columns[c4]?.header ?? role}）`);
        push(out, equal(rule, a, top ? [cellTerm(ft, top, fc)] : [], d, top ? {} : { computedLabel: L(`${tableName(ft)} 合计（空表）`, `total of the “${tableName(ft)}” (empty table)`) }));
      }
      out.push(...classPairs(rule, s4, c4, ft, fc, d, ft.kind));
    }
  }

  // X07 T5 合计.基本支出 = T6 合计.合计.
  if (T5 && T6) {
    const a = totalRow(T5);
    const b = totalRow(T6);
    const ca = colOf(T5, 'basic');
    const cb = colOf(T6, 'total');
    if (a && b && ca !== undefined && cb !== undefined) {
      push(out, equal('X07', cellTerm(T5, a, ca), cellTerm(T6, b, cb), L('一般公共预算基本支出应与基本支出表合计一致', 'Basic expenditure in the “一般公共预算财政拨款支出表” must equal the total of the “一般公共预算财政拨款基本支出表”')));
    }
  }

  // X08 T3[code] ≥ T5[code] + T7[code] + T8[code], for 基本 and 项目.
  if (T3) {
    const funds = [T5, T7, T8].filter((t): t is Table => !!t);
    const codes3 = byCode(T3);
    const maps = funds.map((t) => ({ t, rows: byCode(t), top: totalRow(t) }));
    const d = L('支出总表应不小于各财政拨款支出表之和', 'The “支出总表” must be at least the sum of the appropriation expenditure tables');
    for (const role of ['basic', 'project']) {
      const c3 = colOf(T3, role);
      if (c3 === undefined) continue;
      const parts = (get: (m: (typeof maps)[number]) => Row | undefined) =>
        maps.flatMap((m) => {
          const r = get(m);
          const c = colOf(m.t, role);
          return r && c !== undefined ? [cellTerm(m.t, r, c)] : [];
        });
      if (top3) push(out, atLeast('X08', cellTerm(T3, top3, c3), parts((m) => m.top), d, { computedLabel: L('各财政拨款支出表之和', 'sum of the appropriation expenditure tables') }));
      const all = new Set([...codes3.keys(), ...maps.flatMap((m) => [...m.rows.keys()])]);
      for (const code of all) {
        const r3 = codes3.get(code);
        const ps = parts((m) => m.rows.get(code));
        if (r3) push(out, atLeast('X08', cellTerm(T3, r3, c3), ps, d, { computedLabel: L('各财政拨款支出表之和', 'sum of the appropriation expenditure tables') }));
        else if (ps.some((p) => !p.value.isZero())) {
          // The code is missing from T3: an exact zero there, placed at the first fund table's figure.
          const missing: Term = { ref: ps[0].ref, span: ps[0].span, line: ps[0].line, label: `${tableName(T3)} ${code}（无此科目）`, value: new Decimal(0), half: new Decimal(0) };
          push(out, atLeast('X08', missing, ps, d, { computedLabel: L('各财政拨款支出表之和', 'sum of the appropriation expenditure tables') }));
        }
      }
    }
  }

  // X09 T9 columns bounded by the fund tables.
  if (T9) {
    const rows = t9Rows(T9);
    const top9 = rows.total ?? rows.subtotal;
    if (top9) {
      const pairs: Array<[string, Table | undefined]> = [['gpb', T5], ['fund', T7], ['soe', T8]];
      for (const [role, ft] of pairs) {
        const c9 = colOf(T9, role);
        const fc = col(ft, 'total');
        if (!ft || c9 === undefined || fc === undefined) continue;
        const top = totalRow(ft);
        const z = cellTerm(T9, top9, c9);
        const big: Term = top ? cellTerm(ft, top, fc) : { ref: z.ref, span: z.span, line: z.line, label: `${tableName(ft)} 合计（空表）`, value: new Decimal(0), half: new Decimal(0) };
        push(out, atLeast('X09', big, [cellTerm(T9, top9, c9)], L(`“三公”经费不应超过${kindName(ft.kind)}合计`, `“三公” spending must not exceed the total of the “${kindName(ft.kind)}”`),
          { computedLabel: L('“三公”经费', '三公 spending') }));
      }
    }
  }

  // X10 social-insurance mapping (soft).
  if (T5 && T6) {
    const f = byCode(T5);
    const e = byCode(T6);
    const c5 = colOf(T5, 'basic');
    const c6 = colOf(T6, 'total');
    if (c5 !== undefined && c6 !== undefined) {
      const map: Array<[string[], string]> = [[['2080505'], '30108'], [['2210201'], '30113'], [['2101101', '2101102'], '30110'], [['2101103'], '30111']];
      for (const [fcodes, ecode] of map) {
        const fr = fcodes.map((c) => f.get(c)).filter((r): r is Row => !!r);
        const er = e.get(ecode);
        if (!fr.length && !er) continue;
        const d = L(`功能科目 ${fcodes.join('+')} 基本支出应与经济科目 ${ecode} 一致`, `Function ${fcodes.join('+')} basic must equal economic ${ecode}`);
        if (er) push(out, equal('X10', cellTerm(T6, er, c6), fr.map((r) => cellTerm(T5, r, c5)), d, { computedLabel: L(`${tableName(T5)} ${fcodes.join('+')}`, `${fcodes.join('+')} in the “${tableName(T5)}”`) }));
        else push(out, equal('X10', cellTerm(T5, fr[0], c5), fr.slice(1).map((r) => cellTerm(T5, r, c5)), d, { computedLabel: L(`${tableName(T6)}无 ${ecode}`, `no ${ecode} in the “${tableName(T6)}”`) }));
      }
    }
  }

  // X11 T9 items ≥ the matching T6 economic items.
  if (T9 && T6) {
    const rows = t9Rows(T9);
    const e = byCode(T6);
    const c9 = colOf(T9, 'gpb') ?? colOf(T9, 'total');
    const c6 = colOf(T6, 'total');
    if (c9 !== undefined && c6 !== undefined) {
      const map: Array<[Row | undefined, string]> = [
        [rows.reception, '30217'], [rows.carRunning, '30231'], [rows.abroad, '30212'], [rows.carPurchase, '31013'],
        [rows.meetings, '30215'], [rows.training, '30216'],
      ];
      for (const [r9, code] of map) {
        const r6 = e.get(code);
        if (!r9 || !r6) continue;
        push(out, atLeast('X11', cellTerm(T9, r9, c9), [cellTerm(T6, r6, c6)],
          L(`“三公”表该项不应少于基本支出表经济科目 ${code}`, `This “三公” item must be at least ${code} in the “${tableName(T6)}”`), { computedLabel: L(`${tableName(T6)} ${code}`, `${code} in the “${tableName(T6)}”`) }));
      }
    }
  }

  // X13 Σ project amounts of the 绩效目标表 = 项目支出 (T3, else T5).
  const perf = model.tables.filter((t) => t.kind === 'T12');
  const target = T3 ?? T5;
  const targetTop = target ? totalRow(target) : undefined;
  const pc = col(target, 'project');
  if (perf.length && target && targetTop && pc !== undefined) {
    const amounts = perf.map((t) => projectAmount(t, model.lines));
    if (amounts.every((a): a is Term => !!a)) {
      push(out, sum('X13', cellTerm(target, targetTop, pc), amounts, L('各项目绩效目标表预算数之和应等于项目支出', 'The 绩效目标表 budgets must add up to 项目支出'),
        { computedLabel: L('绩效目标表预算数合计', 'sum of the 绩效目标表 budgets') }));
    }
  }
  return out;
}

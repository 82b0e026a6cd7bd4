import { tableName } from '../../model/names';
import type { Cell, DisclosureModel, Indicator, Row, Table } from '../../model/types';
import { Decimal } from '../../util/decimal';
import type { LineIndex } from '../../util/lineIndex';
import type { IdentitySpec, Term } from '../types';
import { L, WAN_FACTOR, atLeast, bareLabel, cellTerm, colOf, colsOf, equal, factorOf, figureTerm, push, sum, tablesOf } from './common';

const FUNDING_ROLES = ['gpb', 'fund', 'soe', 'specialAccount', 'unitFunds', 'fiscalCarryover', 'nonFiscalCarryover'];

/**
 * T10 columns. The one-cell-per-line export (seeds 000, 002) drops the merged cells of the first header row,
 * so the roles of 采购物品名称 … 单价 come out shifted there; the template fixes their positions before 合计.
 */
function t10Cols(t: Table): { total?: number; budget?: number; quantity?: number; price?: number; funding: number[]; sme?: number } {
  const total = colOf(t, 'total');
  const funding = colsOf(t, FUNDING_ROLES);
  const width = t.columns.length;
  let sme = colOf(t, 'smeReserve');
  if (sme === undefined && funding.length && Math.max(...funding) === width - 2) sme = width - 1;
  const positional = total === 7 && colOf(t, 'project') === 0;
  return {
    ...(total !== undefined ? { total } : {}),
    ...(colOf(t, 'projectBudget') !== undefined ? { budget: colOf(t, 'projectBudget')! } : {}),
    ...(positional ? { quantity: 5, price: 6 } : {}),
    funding,
    ...(sme !== undefined ? { sme } : {}),
  };
}

export function t10Identities(model: DisclosureModel): IdentitySpec[] {
  const out: IdentitySpec[] = [];
  for (const t of tablesOf(model, 'T10')) {
    const c = t10Cols(t);
    if (c.total === undefined) continue;
    const valueCols = [c.total, ...c.funding, ...(c.sme !== undefined ? [c.sme] : [])];
    const grand = t.rows.find((r) => /^(合计|总计)$/.test(r.label));
    const subtotals = t.rows.filter((r) => /小计$/.test(r.label));
    const projects = t.rows.filter((r) => r !== grand && !subtotals.includes(r));
    for (const vc of valueCols) {
      if (grand) {
        const parts = subtotals.length ? subtotals : projects;
        push(out, sum('T10-01', cellTerm(t, grand, vc), parts.map((r) => cellTerm(t, r, vc)),
          L('合计应等于各小计（项目）之和', '合计 must equal the sum of the subtotals (projects)')));
      }
      for (const s of subtotals) {
        const i = t.rows.indexOf(s);
        const next = t.rows.findIndex((r, k) => k > i && (subtotals.includes(r) || r === grand));
        const kids = t.rows.slice(i + 1, next < 0 ? undefined : next);
        if (kids.length) push(out, sum('T10-01', cellTerm(t, s, vc), kids.map((r) => cellTerm(t, r, vc)), L('小计应等于其下项目之和', 'A subtotal must equal the sum of its projects')));
      }
    }
    for (const r of t.rows) {
      if (c.funding.length) {
        push(out, sum('T10-01', cellTerm(t, r, c.total), c.funding.map((f) => cellTerm(t, r, f)),
          L('政府采购金额合计应等于各资金来源之和', 'The procurement total must equal the sum of its funding columns')));
      }
      if (!projects.includes(r)) continue;
      const q = c.quantity !== undefined ? r.cells[c.quantity]?.amount : undefined;
      const price = c.price !== undefined ? r.cells[c.price] : undefined;
      if (q && price?.amount && r.cells[c.total]?.amount) {
        const product = cellTerm(t, r, c.price!, { times: q.value, label: `${tableName(t)} ${bareLabel(r.labelText)}（数量 × 单价）` });
        push(out, equal('T10-01', cellTerm(t, r, c.total), product, L('政府采购金额 = 数量 × 单价', 'Amount = quantity × unit price'),
          { computedLabel: L('数量 × 单价', 'quantity × unit price') }));
      }
      if (c.budget !== undefined && r.cells[c.budget]?.amount && r.cells[c.total]?.amount) {
        push(out, atLeast('T10-01', cellTerm(t, r, c.budget), [cellTerm(t, r, c.total)],
          L('政府采购金额不应超过项目预算资金', 'The procurement amount must not exceed the project budget'), { computedLabel: L('政府采购金额', 'procurement amount') }));
      }
      if (c.sme !== undefined && r.cells[c.sme]?.amount && r.cells[c.total]?.amount) {
        push(out, atLeast('T10-01', cellTerm(t, r, c.total), [cellTerm(t, r, c.sme)],
          L('预留中小微企业份额不应超过政府采购金额', 'The SME reserve must not exceed the procurement amount'), { computedLabel: L('预留中小微企业份额', 'SME reserve') }));
      }
    }
  }
  return out;
}

export function t11Identities(model: DisclosureModel): IdentitySpec[] {
  const out: IdentitySpec[] = [];
  for (const t of tablesOf(model, 'T11')) {
    const vc = colOf(t, 'value');
    const cc = colOf(t, 'count');
    if (vc === undefined) continue;
    const find = (re: RegExp) => t.rows.find((r) => re.test(bareLabel(r.label)));
    const all = find(/^资产总额/);
    const house = find(/^房屋/);
    const office = find(/^办公用房/);
    const parts = [house, find(/^车辆/), find(/单价.*万元以上|^设备/), find(/^其他固定资产/)].filter((r): r is Row => !!r);
    if (all && parts.length) {
      push(out, sum('T11-01', cellTerm(t, all, vc), parts.map((r) => cellTerm(t, r, vc)),
        L('资产总额 = 房屋 + 车辆 + 单价20万元以上设备 + 其他固定资产', 'Total assets = buildings + vehicles + equipment + other')));
    }
    if (house && office) {
      push(out, atLeast('T11-01', cellTerm(t, house, vc), [cellTerm(t, office, vc)], L('其中：办公用房不应超过房屋', 'Office space must not exceed buildings'),
        { computedLabel: L('办公用房', 'office space') }));
      if (cc !== undefined) {
        // Areas are not money: compare them as printed.
        const plain = (r: Row): Term => ({ ...cellTerm(t, r, cc), value: r.cells[cc]?.amount?.value ?? new Decimal(0) });
        const h = plain(house);
        const o = plain(office);
        if (h.figure && o.figure) {
          push(out, { ...atLeast('T11-01', { ...h, half: new Decimal(0) }, [{ ...o, half: new Decimal(0) }], L('办公用房面积不应超过房屋面积', 'Office area must not exceed building area'),
            { computedLabel: L('办公用房面积', 'office area') })! });
        }
      }
    }
  }
  return out;
}

const MONEY = /^(万元|元|亿元)$/;

function indicatorAmount(i: Indicator): { cell: Cell; q: NonNullable<Cell['quantity']>; factor: Decimal } | undefined {
  const q = i.value.quantity;
  if (!q || !MONEY.test(q.unit) || q.per) return undefined;
  return { cell: i.value, q, factor: WAN_FACTOR[q.unit as '元' | '万元' | '亿元'] };
}

/** 数量指标 / 成本指标 that state money. */
function isAmountIndicator(i: Indicator): boolean {
  return /数量指标|成本指标/.test(i.level2);
}

/** The 万元 amount a 绩效目标表 stands for: 预算数, else its 成本指标 cap (per-unit caps × their count). */
export function projectAmount(t: Table, lines?: LineIndex): Term | undefined {
  const p = t.performance;
  if (!p) return undefined;
  if (p.budget?.amount) {
    const f = p.budget.amount;
    return figureTerm(t, lines ? lines.lineAt(p.budget.span.start) : t.pieces[0].line, p.budget, f, factorOf(t.unit?.value), `${t.title} 预算数`);
  }
  for (const i of p.indicators) {
    if (!/成本指标/.test(i.level2)) continue;
    const q = i.value.quantity;
    if (!q || (q.op !== '≤' && q.op !== '<' && q.op !== '')) continue;
    const unitMatch = /^(万元|元|亿元)$/.exec(q.unit);
    if (!unitMatch) continue;
    const factor = WAN_FACTOR[unitMatch[1] as '元' | '万元' | '亿元'];
    if (!q.per) return figureTerm(t, i.line, i.value, q.figure, factor, `${t.title} 成本指标`);
    if (q.per === '月') return figureTerm(t, i.line, i.value, q.figure, factor.times(12), `${t.title} 成本指标 × 12个月`);
    // 元/册 × the count of a 数量指标 in 册.
    const count = p.indicators.find((x) => /数量指标/.test(x.level2) && x.value.quantity && x.value.quantity.unit === q.per && x.value.quantity.op !== '≥');
    if (count?.value.quantity) {
      return figureTerm(t, i.line, i.value, q.figure, factor.times(count.value.quantity.figure.value), `${t.title} 成本指标 × ${count.value.quantity.figure.text}${q.per}`);
    }
  }
  return undefined;
}

/** T12-01: 预算数 = 财政资金 + 其他资金; monetary 数量 / 成本 indicators agree with 预算数. */
export function t12Identities(model: DisclosureModel): IdentitySpec[] {
  const out: IdentitySpec[] = [];
  for (const t of tablesOf(model, 'T12')) {
    const p = t.performance;
    if (!p?.budget?.amount) continue;
    const f = factorOf(t.unit?.value);
    const line = model.lines.lineAt(p.budget.span.start);
    const budget = figureTerm(t, line, p.budget, p.budget.amount, f, `${t.title} 预算数`);
    const parts = [p.fiscal, p.other].filter((c): c is Cell => !!c?.amount).map((c) => figureTerm(t, line, c, c.amount!, f, c === p.fiscal ? '财政资金' : '其他资金'));
    if (parts.length) push(out, sum('T12-01', budget, parts, L('预算数 = 财政资金 + 其他资金', '预算数 = 财政资金 + 其他资金')));
    for (const i of p.indicators) {
      if (!isAmountIndicator(i)) continue;
      const a = indicatorAmount(i);
      if (!a) continue;
      const term = figureTerm(t, i.line, a.cell, a.q.figure, a.factor, `${bareLabel(i.level3) || i.level2}`);
      if (a.q.op === '≤' || a.q.op === '<') {
        push(out, atLeast('T12-01', term, [budget], L('成本上限不应低于预算数', 'A cost cap must not be below 预算数'), { computedLabel: L('预算数', '预算数') }));
      } else if (a.q.op === '' || a.q.op === '=') {
        push(out, equal('T12-01', term, budget, L('指标金额应与预算数一致', 'The indicator amount must equal 预算数'), { computedLabel: L('预算数', '预算数') }));
      }
    }
  }
  return out;
}

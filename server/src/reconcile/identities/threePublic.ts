import type { DisclosureModel, Row, Table } from '../../model/types';
import type { IdentitySpec } from '../types';
import { L, bareLabel, cellTerm, colOf, colsOf, push, sum, tableOf } from './common';

/** The rows of a 三公 table by what they hold; 2024 adds 会议费 and 培训费. */
export interface T9Rows {
  readonly total?: Row;
  readonly subtotal?: Row;
  readonly abroad?: Row;
  readonly abroadResearch?: Row;
  readonly abroadOther?: Row;
  readonly cars?: Row;
  readonly carPurchase?: Row;
  readonly carRunning?: Row;
  readonly reception?: Row;
  readonly meetings?: Row;
  readonly meetingsUniversity?: Row;
  readonly meetingsOther?: Row;
  readonly training?: Row;
}

const PATTERNS: ReadonlyArray<[keyof T9Rows, RegExp]> = [
  ['subtotal', /三公.*(小计|合计)$|^小计$/],
  ['total', /^(合计|总计)$/],
  ['abroadResearch', /^教学科研人员因公出国/],
  ['abroadOther', /^其他因公出国/],
  ['abroad', /^因公出国（境）费$|^因公出国（境）$/],
  ['carPurchase', /^公务用车购置费?$/],
  ['carRunning', /^公务用车运行(维护)?费$/],
  ['cars', /^公务用车购置及运(行)?(维护?)?费$/],
  ['reception', /^公务接待费$/],
  ['meetingsUniversity', /省属高校.*会议费$/],
  ['meetingsOther', /^其他会议费$/],
  ['meetings', /^会议费$/],
  ['training', /^培训费$/],
];

export function t9Rows(t: Table): T9Rows {
  const out: Partial<Record<keyof T9Rows, Row>> = {};
  for (const r of t.rows) {
    const label = bareLabel(r.label).replace(/[“”"]/g, '');
    for (const [k, re] of PATTERNS) {
      if (re.test(label)) {
        if (!out[k]) out[k] = r;
        break;
      }
    }
  }
  return out;
}

export const T9_VALUE_ROLES = ['total', 'gpb', 'fund', 'soe'] as const;

export function t9Identities(model: DisclosureModel): IdentitySpec[] {
  const t = tableOf(model, 'T9');
  if (!t) return [];
  const rows = t9Rows(t);
  const out: IdentitySpec[] = [];
  const cols = colsOf(t, T9_VALUE_ROLES);
  const has2024 = !!(rows.meetings || rows.training);
  for (const c of cols) {
    const term = (r: Row) => cellTerm(t, r, c);
    const opt = (...rs: Array<Row | undefined>) => rs.filter((r): r is Row => !!r).map(term);
    if (rows.subtotal) {
      push(out, sum('T9-01', term(rows.subtotal), opt(rows.abroad, rows.cars, rows.reception),
        L('“三公”经费小计 = 因公出国（境）费 + 公务用车购置及运维费 + 公务接待费', '“三公” subtotal = abroad + vehicles + reception')));
    }
    if (rows.cars && (rows.carPurchase || rows.carRunning)) {
      push(out, sum('T9-02', term(rows.cars), opt(rows.carPurchase, rows.carRunning),
        L('公务用车购置及运维费 = 购置费 + 运行维护费', 'Vehicles = purchase + running costs')));
    }
    if (rows.abroad && (rows.abroadResearch || rows.abroadOther)) {
      push(out, sum('T9-03', term(rows.abroad), opt(rows.abroadResearch, rows.abroadOther),
        L('因公出国（境）费 = 教学科研人员 + 其他因公出国（境）费', 'Abroad = research staff + other')));
    }
    if (rows.total && rows.subtotal) {
      push(out, sum('T9-04', term(rows.total), has2024 ? opt(rows.subtotal, rows.meetings, rows.training) : opt(rows.subtotal),
        has2024
          ? L('合计 = “三公”经费小计 + 会议费 + 培训费', '合计 = “三公” subtotal + meetings + training')
          : L('合计 = “三公”经费小计', '合计 = “三公” subtotal')));
    }
    if (rows.meetings && (rows.meetingsUniversity || rows.meetingsOther)) {
      push(out, sum('T9-05', term(rows.meetings), opt(rows.meetingsUniversity, rows.meetingsOther),
        L('会议费 = 省属高校业务性会议费 + 其他会议费', 'Meetings = university business meetings + other meetings')));
    }
  }
  const tc = colOf(t, 'total');
  const parts = colsOf(t, ['gpb', 'fund', 'soe']);
  if (tc !== undefined && parts.length) {
    for (const r of t.rows) {
      push(out, sum('T9-06', cellTerm(t, r, tc), parts.map((c) => cellTerm(t, r, c)),
        L('合计 = 一般公共预算 + 政府性基金 + 国有资本经营', 'Total = general budget + government funds + state capital')));
    }
  }
  return out;
}

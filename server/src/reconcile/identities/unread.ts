import type { DisclosureModel, MoneyUnit } from '../../model/types';
import type { ParseProblem } from '../../syntax/types';
import { Decimal, halfUnit, scanPrinted } from '../../util/decimal';
import type { IdentitySpec, Term } from '../types';
import { L, push, sum } from './common';

const ONE = new Decimal(1);

/** 类, 款, 项 apart by spaces ("201   06   01") or run together ("2010601"), at the start of a row. */
const SPLIT_CODE = /^\s*(2\d\d) {1,8}(\d\d)(?: {1,8}(\d\d))?(?= |$)/;
/** A code run together, then its name, or (the name wrapped to the lines around) straight its amounts. */
const JOINED_CODE = /^\s*(2\d\d(?:\d\d){0,2})(?=\s*[^\d\s]|\s+\d)/;
/** A label right after the code: no digits, no white space ("一般公共服务支出", "行政运行"). */
const NAME = /^\s*([^\d\s][^\s]*)/;
/** An amount as tables print it, not a part of a longer number. */
const AMOUNT = /(?<![\d,.])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,.])/;
const UNIT = /单位\s*[:：]\s*(万元|亿元|元)/;

interface CodedRow {
  readonly code: string;
  readonly name: string;
  readonly line: number;
  /** The first amount after the code and name: the 合计 column, which these tables print first. */
  readonly amount?: { readonly text: string; readonly start: number; readonly end: number };
}

/**
 * The one identity a table the parser cannot split into columns still states without its columns: the function
 * classification hierarchy on the first amount of each coded row (类 = Σ款, 款 = Σ项), the 合计 column these
 * tables print first. Only rows aligned with spaces or joined by single spaces keep their rows on one line; a
 * parent is checked only when it and each of its children print an amount on their own line.
 */
export function unreadIdentities(model: DisclosureModel): IdentitySpec[] {
  const out: IdentitySpec[] = [];
  for (const p of model.parsed.problems) {
    if (p.layout !== 'spaced' && p.layout !== 'joined') continue;
    const rows = codedRows(model, p);
    const unit = unitOf(model, p);
    const term = (r: CodedRow): Term => {
      const a = r.amount!;
      const s = scanPrinted(a.text)!;
      const value = new Decimal(s.source);
      const span = { start: a.start, end: a.end };
      return {
        ref: { kind: 'cell', tableId: `unread@${p.span.start}`, row: r.line, col: 0 },
        span,
        line: r.line,
        label: `${r.code} ${r.name}`.trim(),
        figure: { value, decimals: s.decimals, text: a.text, span },
        value,
        half: halfUnit(s.decimals),
        scale: ONE,
      };
    };
    for (let i = 0; i < rows.length; i++) {
      const parent = rows[i];
      if (parent.code.length === 7) continue;
      const children: CodedRow[] = [];
      for (let j = i + 1; j < rows.length && rows[j].code.startsWith(parent.code) && rows[j].code !== parent.code; j++) {
        if (rows[j].code.length === parent.code.length + 2) children.push(rows[j]);
      }
      if (children.length === 0 || !parent.amount || children.some((c) => !c.amount)) continue;
      push(
        out,
        sum('S03', term(parent), children.map(term), L('上级科目应等于其下级科目之和（按每行第一个金额，即合计列）', 'A parent must equal the sum of its children (first amount of each row, the 合计 column)'), {
          unit,
        }),
      );
    }
  }
  return out;
}

function codedRows(model: DisclosureModel, p: ParseProblem): CodedRow[] {
  const lines = model.parsed.lines;
  const rows: CodedRow[] = [];
  for (let i = model.lines.lineAt(p.span.start); i < lines.length && lines[i].start <= p.span.end; i++) {
    const t = lines[i].text;
    const m = SPLIT_CODE.exec(t) ?? JOINED_CODE.exec(t);
    if (!m) continue;
    const code = m[1] + (m[2] ?? '') + (m[3] ?? '');
    if (code.length !== 3 && code.length !== 5 && code.length !== 7) continue;
    let at = m[0].length;
    const name = NAME.exec(t.slice(at));
    if (name) at += name[0].length;
    let a = AMOUNT.exec(t.slice(at));
    // A bare 2xx/3xx is the code of the other side of a side-by-side table ("301    01          302"), not an
    // amount: the row then counts as one without a figure, and its parent is not checked.
    if (a && /^[23]\d\d$/.test(a[0])) a = null;
    const row: CodedRow = { code, name: name?.[1] ?? '', line: i };
    rows.push(a ? { ...row, amount: { text: a[0], start: lines[i].start + at + a.index, end: lines[i].start + at + a.index + a[0].length } } : row);
  }
  return rows;
}

/** The unit printed above the table ("单位：元"), 万元 when none is found. */
function unitOf(model: DisclosureModel, p: ParseProblem): MoneyUnit {
  const lines = model.parsed.lines;
  const first = model.lines.lineAt(p.title?.span.start ?? p.span.start);
  for (let i = first; i >= 0 && i >= first - 8; i--) {
    const u = UNIT.exec(lines[i].text);
    if (u) return u[1] as MoneyUnit;
  }
  for (let i = first; i < lines.length && i <= first + 8; i++) {
    const u = UNIT.exec(lines[i].text);
    if (u) return u[1] as MoneyUnit;
  }
  return '万元';
}

import type { DisclosureModel, MoneyUnit } from '../../model/types';
import type { Span } from '../../util/span';
import type { ParseProblem } from '../../syntax/types';
import { Decimal, halfUnit, scanPrinted } from '../../util/decimal';
import type { Localized } from '../../util/i18n';
import type { IdentitySpec, Term } from '../types';
import { L, push, sum } from './common';

const ONE = new Decimal(1);

/**
 * A 类 of the function classification (201–234), of the economic classification (301–319, 399) or of the
 * government economic classification (501–519, 599): a figure that happens to start a row is none of these often.
 */
const CLASS = '(?:2(?:0[1-9]|1\\d|2\\d|3[0-4])|3(?:0[1-9]|1\\d|99)|5(?:0[1-9]|1\\d|99))';
/**
 * 类, 款, 项 apart by spaces at the start of a row ("201   06   01", "302   05", and "301 01基本工资" where the name
 * follows at once); never the start of a figure ("201   12,345.00").
 */
const SPLIT_CODE = new RegExp(`^\\s*(${CLASS}) {1,8}(\\d\\d)(?: {1,8}(\\d\\d))?(?![\\d,.])`);
/**
 * A code run together ("2010601", "30205"), then its name, or (the name wrapped to the lines around) straight its
 * amounts; never a figure ("201.50").
 */
const JOINED_CODE = new RegExp(`^\\s*(${CLASS}(?:\\d\\d){0,2})(?=\\s*[^\\d\\s.,]|\\s+\\d)`);
/** A label right after the code: no digits, no white space ("一般公共服务支出", "行政运行"). */
const NAME = /^\s*([^\d\s][^\s]*)/;
/** An amount as tables print it, not a part of a longer number. */
const AMOUNT = /(?<![\d,.])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,.])/;
const UNIT = /单位\s*[:：]\s*(万元|亿元|元)/;

/** A figure printed on a row, read once: its text, where it stands, its value and its printed decimals. */
interface Amount {
  readonly text: string;
  readonly span: Span;
  readonly value: Decimal;
  readonly decimals: number;
}

function amountAt(text: string, start: number): Amount {
  const s = scanPrinted(text)!;
  return { text, span: { start, end: start + text.length }, value: new Decimal(s.source), decimals: s.decimals };
}

/** A row of a table the parser cannot split into columns: with a classification code, or with a label only. */
export interface UnreadRow {
  /** '' for a row with a label only ("合计", a unit's name). */
  readonly code: string;
  readonly name: string;
  readonly line: number;
  /** The table's unit ("单位：元" above it; 万元 when none is printed). */
  readonly unit: MoneyUnit;
  /** The amounts after the code and name, in order; the first is the 合计 column, which these tables print first. */
  readonly amounts: readonly Amount[];
  /**
   * The order of its figures says nothing of their columns: a line of bare figures sits next to the row (some of
   * its figures wrapped away), or a code follows its first figure (a side-by-side table goes on with other rows).
   */
  readonly unsure: boolean;
}

/**
 * The identities a table the parser cannot split into columns still states without its columns:
 * - `S03`, the classification hierarchy (function 类 = Σ款, 款 = Σ项; economic 类 = Σ款) on the first amount of
 *   each coded row, the 合计 column these tables print first; and on each further amount when the parent and
 *   every child print the same number of figures on their own line (then the n-th figure of each row is in the
 *   same column);
 * - `S04`, each coded row's 合计 = the sum of the row's other figures (合计 = 基本支出 + 项目支出, = 财政拨款 + 事业收入
 *   …), in a table whose rows show that shape: a table with other columns (上年 / 本年, 预算数 / 决算数, 结转) is not
 *   checked.
 * Only rows aligned with spaces or joined by single spaces keep their rows on one line; a parent is checked only
 * when it and each of its children print an amount on their own line.
 */
export function unreadIdentities(model: DisclosureModel): IdentitySpec[] {
  const out: IdentitySpec[] = [];
  for (const p of model.parsed.problems) {
    if (p.layout !== 'spaced' && p.layout !== 'joined') continue;
    const { coded: rows, labelled, unit } = readUnreadTable(model, p);
    const tableId = `unread@${p.span.start}`;
    const term = (r: UnreadRow, col: number): Term => {
      const a = r.amounts[col];
      return {
        ref: { kind: 'cell', tableId, row: r.line, col },
        span: a.span,
        line: r.line,
        label: `${r.code} ${r.name}`.trim(),
        figure: { value: a.value, decimals: a.decimals, text: a.text, span: a.span },
        value: a.value,
        half: halfUnit(a.decimals),
        scale: ONE,
      };
    };
    /**
     * total = Σ parts on the first figure of each row; and on each further figure when the total and every part
     * print as many figures on their own line (then the n-th figure of each row is in the same column).
     */
    const columnSums = (total: UnreadRow, parts: UnreadRow[], describe: (col: number) => Localized) => {
      const k = total.amounts.length;
      const aligned = !total.unsure && parts.every((c) => c.amounts.length === k && !c.unsure);
      for (let col = 0; col < (aligned ? k : 1); col++) {
        push(out, sum('S03', term(total, col), parts.map((c) => term(c, col)), describe(col), { unit }));
      }
    };
    for (let i = 0; i < rows.length; i++) {
      const parent = rows[i];
      if (parent.code.length === 7) continue;
      const children: UnreadRow[] = [];
      for (let j = i + 1; j < rows.length && rows[j].code.startsWith(parent.code) && rows[j].code !== parent.code; j++) {
        if (rows[j].code.length === parent.code.length + 2) children.push(rows[j]);
      }
      if (children.length === 0 || parent.amounts.length === 0 || children.some((c) => c.amounts.length === 0)) continue;
      columnSums(parent, children, (col) =>
        col === 0
          ? L('上级科目应等于其下级科目之和（按每行第一个金额，即合计列）', 'A parent must equal the sum of its children (first amount of each row, the 合计 column)')
          : L(`上级科目应等于其下级科目之和（按每行第 ${col + 1} 个金额；各行金额个数相同，视为同一列）`, `A parent must equal the sum of its children (amount ${col + 1} of each row; every row prints as many figures, so they are taken as one column)`),
      );
    }
    // 合计 = Σ类, when the table prints its 类 rows (all of one classification) each on its own line.
    const total = labelled.find((r) => GRAND_TOTAL.test(r.name));
    const classes = rows.filter((r) => r.code.length === 3);
    if (total && !total.unsure && classes.length > 0 && new Set(classes.map((c) => c.code[0])).size === 1 && classes.every((c) => c.amounts.length > 0)) {
      columnSums(total, classes, (col) =>
        col === 0
          ? L('合计应等于各类科目之和（按每行第一个金额）', 'The 合计 row must equal the sum of the 类 rows (first amount of each row)')
          : L(`合计应等于各类科目之和（按每行第 ${col + 1} 个金额）`, `The 合计 row must equal the sum of the 类 rows (amount ${col + 1} of each row)`),
      );
    }
    if (rowTotalsShape(rows)) {
      for (const r of [...rows, ...labelled]) {
        if (r.unsure || r.amounts.length < 2) continue;
        push(
          out,
          sum('S04', term(r, 0), r.amounts.slice(1).map((_, c) => term(r, c + 1)), L('每行的合计应等于该行其余各金额之和', "A row's 合计 must equal the sum of the row's other figures"), {
            unit,
          }),
        );
      }
    }
  }
  return out;
}

/** Every coded row of the tables aligned with spaces or joined by single spaces, in document order. */
export function unreadCodedRows(model: DisclosureModel): UnreadRow[] {
  return model.parsed.problems.flatMap((p) => (p.layout === 'spaced' || p.layout === 'joined' ? readUnreadTable(model, p).coded : []));
}

/**
 * Whether the table's rows read "合计, then its parts": at least three rows of three figures or more hold it (within
 * their printed rounding), and at most one row in four of two figures or more breaks it. A table of 上年 / 本年,
 * 预算数 / 决算数 or 年初结转 / 本年收入 / 本年支出 / 年末结转 breaks it on most rows, and is not checked.
 */
function rowTotalsShape(rows: readonly UnreadRow[]): boolean {
  let holds = 0;
  let breaks = 0;
  for (const r of rows) {
    if (r.unsure || r.amounts.length < 2) continue;
    const [first, ...rest] = r.amounts;
    let gap = first.value;
    let slack = halfUnit(first.decimals);
    for (const x of rest) {
      gap = gap.minus(x.value);
      slack = slack.plus(halfUnit(x.decimals));
    }
    if (gap.abs().lte(slack)) {
      if (r.amounts.length >= 3) holds++;
    } else breaks++;
  }
  return holds >= 3 && breaks * 3 <= holds;
}

/** A 类 code printed among the figures (the other side of a side-by-side table), never an amount. */
const CLASS_CODE = /^[23]\d\d$/;
/** A 款 or 项 code, or a plain whole amount: after the first figure, the row's order is then not trusted. */
const MAYBE_CODE = /^[23]\d{4}(?:\d\d)?$/;
/** A line of bare figures: a row's figures that wrapped away from its code and name. */
const FIGURES_ONLY = /^\s*-?[\d,]+(?:\.\d+)?(?:\s+-?[\d,]+(?:\.\d+)?)*\s*$/;

/**
 * A row without a code: a label ("合计", a unit's name), then two figures or more printed as money (thousands
 * separators or decimals) and nothing after them; "栏次  1  2  3" and a side-by-side row are not.
 */
const LABEL_ROW = /^\s*([^\d\s][^\s]{0,40})((?:\s+-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)){2,})\s*$/;
const GRAND_TOTAL = /^(?:合计|总计)$/;

/** Each unread table read once per analysis: the identities and the rules that compare with it share its rows. */
const readTables = new WeakMap<ParseProblem, UnreadTableRows>();

interface UnreadTableRows {
  readonly coded: UnreadRow[];
  readonly labelled: UnreadRow[];
  readonly unit: MoneyUnit;
}

function readUnreadTable(model: DisclosureModel, p: ParseProblem): UnreadTableRows {
  let read = readTables.get(p);
  if (!read) readTables.set(p, (read = tableRows(model, p)));
  return read;
}

/** The rows of an unread table that carry a classification code, and those that carry a label and figures only. */
function tableRows(model: DisclosureModel, p: ParseProblem): UnreadTableRows {
  const unit = unitOf(model, p);
  const lines = model.parsed.lines;
  const rows: UnreadRow[] = [];
  const labelled: UnreadRow[] = [];
  const first = model.lines.lineAt(p.span.start);
  const figuresOnly = (i: number): boolean => {
    const t = i >= first ? lines[i]?.text : undefined;
    return t !== undefined && lines[i].start <= p.span.end && FIGURES_ONLY.test(t) && !SPLIT_CODE.test(t) && !JOINED_CODE.test(t);
  };
  /** The next line with text, `step` = -1 upwards, +1 downwards, inside the table. */
  const neighbour = (i: number, step: number): number => {
    let j = i + step;
    while (j >= first && j < lines.length && lines[j].start <= p.span.end && lines[j].text.trim() === '') j += step;
    return j;
  };
  for (let i = first; i < lines.length && lines[i].start <= p.span.end; i++) {
    const t = lines[i].text;
    const m = SPLIT_CODE.exec(t) ?? JOINED_CODE.exec(t);
    if (!m) {
      const l = LABEL_ROW.exec(t);
      if (!l) continue;
      const amounts: Amount[] = [];
      const re = new RegExp(AMOUNT.source, 'g');
      const from = t.length - l[2].length;
      for (let a = re.exec(l[2]); a; a = re.exec(l[2])) amounts.push(amountAt(a[0], lines[i].start + from + a.index));
      const unsure = figuresOnly(neighbour(i, -1)) || figuresOnly(neighbour(i, 1));
      labelled.push({ code: '', name: l[1], line: i, unit, amounts, unsure });
      continue;
    }
    const code = m[1] + (m[2] ?? '') + (m[3] ?? '');
    // Function codes have 类, 款 and 项 (3, 5, 7 digits); economic codes only 类 and 款.
    if (code.length !== 3 && code.length !== 5 && (code.length !== 7 || code[0] !== '2')) continue;
    let at = m[0].length;
    const name = NAME.exec(t.slice(at));
    if (name) at += name[0].length;
    const amounts: Amount[] = [];
    const re = new RegExp(AMOUNT.source, 'g');
    const rest = t.slice(at);
    let unsure = false;
    for (let a = re.exec(rest); a; a = re.exec(rest)) {
      // A bare 2xx/3xx is the code of the other side of a side-by-side table ("301    01          302"), not an
      // amount: the row's own figures end there. A 5- or 7-digit 2…/3… after the first figure may be such a code
      // too ("100.00   30101 基本工资   50.00"), or a whole amount: the first figure is kept, the order not trusted.
      if (CLASS_CODE.test(a[0])) break;
      if (amounts.length > 0 && MAYBE_CODE.test(a[0])) {
        unsure = true;
        break;
      }
      amounts.push(amountAt(a[0], lines[i].start + at + a.index));
    }
    if (figuresOnly(neighbour(i, -1)) || figuresOnly(neighbour(i, 1))) unsure = true;
    rows.push({ code, name: name?.[1] ?? '', line: i, unit, amounts, unsure });
  }
  return { coded: rows, labelled, unit };
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

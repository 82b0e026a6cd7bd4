import { tableName } from '../../model/names';
import type { Cell, DisclosureModel, NarrativeAmount, NarrativeTopic, Row, Section, Sentence, Table, TableKindId } from '../../model/types';
import { Decimal, halfUnit, WAN } from '../../util/decimal';
import type { Localized } from '../../util/i18n';
import type { Span } from '../../util/span';
import { compact, labelKey, normalizeChars, stripMarkup } from '../../util/text';
import type { Fix, Related, RuleContext } from '../types';

/**
 * Shared reading helpers for the narrative (N), hygiene (F) and completeness (C) rules. Amounts are compared
 * in 万元 with decimal.js only; a printed figure stands for ± half a unit of its last printed digit.
 */

/** A value in 万元 with the half-unit its printing allows. */
export interface Val {
  readonly value: Decimal;
  readonly half: Decimal;
}

function halfOf(decimals: number): Decimal {
  return halfUnit(decimals);
}

export function unitFactor(unit: string): Decimal {
  if (unit === '元') return new Decimal(1).div(WAN);
  if (unit === '亿元') return WAN;
  return new Decimal(1);
}

/** A narrative amount in 万元. `asWan` reads a 元 slip ("1.49元") as the 万元 it stands for. */
export function amountVal(a: NarrativeAmount, asWan = false): Val {
  const f = asWan ? new Decimal(1) : unitFactor(a.unit);
  return { value: a.figure.value.times(f), half: halfOf(a.figure.decimals).times(f) };
}

/** A cell in 万元 (a blank cell is an exact zero). */
export function cellVal(t: Table | undefined, c: Cell | undefined): Val {
  const f = unitFactor(t?.unit?.value ?? '万元');
  if (!c?.amount) return { value: new Decimal(0), half: new Decimal(0) };
  return { value: c.amount.value.times(f), half: halfOf(c.amount.decimals).times(f) };
}

export function quantityVal(c: Cell | undefined): Val | undefined {
  const q = c?.quantity;
  if (!q || !/^(万元|元|亿元)$/.test(q.unit) || q.per) return undefined;
  const f = unitFactor(q.unit);
  return { value: q.figure.value.times(f), half: halfOf(q.figure.decimals).times(f) };
}

/** TXT tolerance (RULES.md §0.2): the gap is explained by the coarser printing of the two. */
export function agree(a: Val, b: Val): boolean {
  return a.value.minus(b.value).abs().lte(Decimal.max(a.half, b.half));
}

const HUNDRED = new Decimal(100);
const POINT_01 = new Decimal('0.01');

/**
 * `part ÷ whole` as a percentage, and whether a printed percentage misses it by more than its own rounding
 * (±0.01 point at least) plus what the rounding of part and whole can move it. Growth rates, shares and
 * completion rates are all checked so; `whole` is the divisor as the caller means it (|prior| for a growth).
 */
export function percentCheck(part: Val, whole: Val, stated: { value: Decimal; decimals: number }): { computed: Decimal; off: boolean } {
  const computed = part.value.div(whole.value).times(HUNDRED);
  const tol = Decimal.max(POINT_01, halfUnit(stated.decimals)).plus(part.half.plus(whole.half).div(whole.value).times(HUNDRED));
  return { computed, off: computed.minus(stated.value).abs().gt(tol) };
}

export function sumVals(vals: Val[]): Val {
  return vals.reduce((acc, v) => ({ value: acc.value.plus(v.value), half: acc.half.plus(v.half) }), {
    value: new Decimal(0),
    half: new Decimal(0),
  });
}

/** A 万元 value printed the way the narrative prints `a` (元 → whole 元; 万元 → the table's text or 2 decimals). */
export function printLike(a: NarrativeAmount, v: Val, cell?: Cell): string {
  if (a.unit === '元') return v.value.times(WAN).toFixed(0);
  if (a.unit === '亿元') return v.value.div(WAN).toFixed(4);
  if (cell?.amount) return cell.amount.text.replace(/,/g, '');
  return v.value.toFixed(Math.max(2, a.figure.decimals));
}

/** "12.36万元" for messages. */
export function wan(v: Val | Decimal, decimals = 2): string {
  const d = v instanceof Decimal ? v : v.value;
  return `${d.toFixed(decimals)}万元`;
}

export function stated(a: NarrativeAmount): string {
  return `${a.figure.text}${a.unit}`;
}

export function tableOf(model: DisclosureModel, kind: TableKindId): Table | undefined {
  return model.tables.find((t) => t.kind === kind);
}

export function tablesOf(model: DisclosureModel, kind: TableKindId): Table[] {
  return model.tables.filter((t) => t.kind === kind);
}

export function colByRole(t: Table, role: string): number | undefined {
  return t.columns.find((c) => c.role === role)?.index;
}

export function cellAt(row: Row | undefined, col: number | undefined): Cell | undefined {
  if (!row || col === undefined) return undefined;
  return row.cells.find((c) => c.col === col) ?? row.cells[col];
}

const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+[、.．]|其中[:：])/;

/** A row label without numbering ("一、", "其中："), markup or spaces. */
export function plainLabel(s: string): string {
  return labelKey(s).replace(NUMBERING, '').replace(NUMBERING, '');
}

export function rowWhere(t: Table | undefined, re: RegExp, labelCol?: number): Row | undefined {
  if (!t) return undefined;
  return t.rows.find((r) => re.test(plainLabel(labelCol === undefined ? r.label : cellAt(r, labelCol)?.text ?? '')));
}

export function rowByCode(t: Table | undefined, code: string): Row | undefined {
  return t?.rows.find((r) => r.code?.code === code);
}

export function sentencesOf(model: DisclosureModel, ...topics: NarrativeTopic[]): Sentence[] {
  return model.sentences.filter((s) => s.topic && topics.includes(s.topic));
}

export function line1(model: DisclosureModel, offset: number): number {
  return model.lines.lineAt(offset) + 1;
}

export function allSections(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  const walk = (l: readonly Section[]) => {
    for (const s of l) {
      out.push(s);
      walk(s.children);
    }
  };
  walk(sections);
  return out;
}

export function cellRelated(model: DisclosureModel, t: Table, cell: Cell | undefined, row: Row | undefined, what: Localized): Related[] {
  const span = cell?.span ?? row?.labelSpan ?? row?.span ?? t.titleSpan ?? t.span;
  const text = cell?.text || '（空）';
  return [
    {
      span,
      message: {
        'zh-CN': `${what['zh-CN']}：${text}（第 ${line1(model, span.start)} 行）`,
        en: `${what.en}: ${cell?.text || '(blank)'} (line ${line1(model, span.start)})`,
      },
    },
  ];
}

export function replaceFix(span: Span, newText: string, reason?: Localized): Fix {
  const fix: Fix = {
    span,
    newText,
    title: { 'zh-CN': `改为“${newText}”`, en: `Change to "${newText}"` },
  };
  return reason ? { ...fix, reason } : fix;
}

/** The 元/万元 context of a sentence: true when another amount of it, or of its section, is in 万元. */
export function wanContext(model: DisclosureModel, s: Sentence): boolean {
  if (s.amounts.some((a) => a.unit === '万元')) return true;
  // Sentences are in document order, so the neighbours within three lines are found by binary search.
  const list = model.sentences;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].line < s.line - 3) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i].line <= s.line + 3; i++) {
    const o = list[i];
    if (o !== s && o.topic === s.topic && o.amounts.some((a) => a.unit === '万元')) return true;
  }
  return false;
}

/** wanFigures per model: a pure function of an immutable model, computed once (a cache, not state). */
type WanFigure = { t: Table; row: Row; cell: Cell };
const WAN_FIGURES = new WeakMap<DisclosureModel, Map<string, WanFigure[]>>();

/**
 * Every printed 万元 table figure of T6 and T9 with its row label, for recognising a 元/万元 slip, indexed by
 * value (Decimal's canonical string: equal values, equal keys) and in document order within a value.
 */
function wanFigures(model: DisclosureModel): Map<string, WanFigure[]> {
  const cached = WAN_FIGURES.get(model);
  if (cached) return cached;
  const out = new Map<string, WanFigure[]>();
  for (const t of model.tables) {
    if (t.kind !== 'T6' && t.kind !== 'T9') continue;
    if ((t.unit?.value ?? '万元') !== '万元') continue;
    for (const row of t.rows) {
      for (const cell of row.cells) {
        if (!cell.amount || cell.amount.value.isZero()) continue;
        const key = cell.amount.value.toString();
        const list = out.get(key);
        if (list) list.push({ t, row, cell });
        else out.set(key, [{ t, row, cell }]);
      }
    }
  }
  WAN_FIGURES.set(model, out);
  return out;
}

/**
 * A 元 amount that stands for 万元 (F01): a non-zero value in a 万元 context that prints 2 decimals below 1000,
 * or equals a 万元 figure of T6/T9 whose row label matches the amount's label.
 */
export function isUnitSlip(model: DisclosureModel, s: Sentence, a: NarrativeAmount): { cell?: Cell; table?: Table; row?: Row } | undefined {
  if (a.unit !== '元' || a.figure.value.isZero()) return undefined;
  // Unit prices and standards are in 元 on purpose ("单价280.00元", "每人每天150.00元").
  if (/单价|标准|每|人均|均价|定额/.test(a.label)) return undefined;
  if (!wanContext(model, s)) return undefined;
  const key = compact(a.label);
  const same = wanFigures(model).get(a.figure.value.toString()) ?? [];
  // A “三公” sentence points at T9 first, a 机关运行经费 sentence at T6 (a sorted copy: the index is shared).
  const figures = s.topic === 'N4' ? [...same].sort((x, y) => (x.t.kind === 'T9' ? 0 : 1) - (y.t.kind === 'T9' ? 0 : 1)) : same;
  const hit = figures.find(
    (f) => f.cell.amount!.value.eq(a.figure.value) && key.length >= 2 && (plainLabel(f.row.label).includes(key) || key.includes(plainLabel(f.row.label))),
  );
  if (hit) return { cell: hit.cell, table: hit.t, row: hit.row };
  if (a.figure.decimals === 2 && a.figure.value.abs().lt(1000)) return {};
  return undefined;
}

/** Labels normalised for matching project names across narrative and T12. */
export function projectKey(s: string): string {
  return compact(stripMarkup(s))
    .replace(/^\d+[、.．]/, '')
    .replace(/绩效目标(申报)?表$/, '')
    .replace(/[“”"'‘’《》〈〉「」]/g, '')
    .replace(/^(?:保证|保障|用于|主要为|主要是|其中|为)/, '')
    .replace(/(?:项目)?(?:经费|费用|资金|费|项目)$/, '');
}

/**
 * How many names fuzzy matching (longest common substring) compares at most. A real disclosure has a few dozen
 * projects and headings; a file made of hundreds of disclosures would make the pairing quadratic, so past this
 * many the rest are left unmatched rather than holding the editor up.
 */
export const MAX_FUZZY_NAMES = 300;

/** Longest common substring length. */
export function lcs(a: string, b: string): number {
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j] > best) best = prev[j];
      diag = tmp;
    }
  }
  return best;
}

/** The heading text for comparisons: markup, numbering, leader dots, page numbers and spaces removed. */
export function headingKey(s: string): string {
  let t = compact(stripMarkup(s));
  t = t.replace(/[.．·…_—\-]{2,}\d*$/, '').replace(/\d+$/, (m) => (t.length > m.length + 2 ? '' : m));
  t = t
    .replace(/^第[一二三四五六七八九十]+部分/, '')
    .replace(/^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|\d+[、.．])/, '');
  return t.replace(/[()]/g, (c) => (c === '(' ? '（' : '）')).replace(/[“”"]/g, '');
}

export const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 … 九十九 as a number, or undefined. */
export function cnNumber(s: string): number | undefined {
  if (!/^[一二三四五六七八九十]+$/.test(s)) return undefined;
  if (s === '十') return 10;
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 ? CN_DIGITS[s] : undefined;
  const tens = i === 0 ? 1 : CN_DIGITS[s[0]];
  const ones = i === s.length - 1 ? 0 : CN_DIGITS[s[s.length - 1]];
  return tens * 10 + ones;
}

export function cnNumeral(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n];
  if (n === 10) return '十';
  if (n < 20) return `十${d[n - 10]}`;
  return `${d[Math.floor(n / 10)]}十${d[n % 10]}`;
}

/** "2026年区级部门预算", "2019年度部门预算", "2024年度部门决算", "2025年市级单位预算", "2024年部门财务收支预算". */
const TITLE_YEAR = /(20\d{2})年度?(?:[区市省县州]级)?(?:部门|单位)?(?:财务收支)?(?:预算|决算)/;
const DOC_YEARS = new WeakMap<DisclosureModel, number | undefined>();

/**
 * The year the document is about, read from its own title (the head of the document, letter spacing and line
 * breaks removed), else from its tables' 预算年度, else from the years its sentences open with. Never the last
 * year the text happens to mention.
 */
export function documentYear(model: DisclosureModel): number | undefined {
  if (DOC_YEARS.has(model)) return DOC_YEARS.get(model);
  // Title lines: the head's lines that are no sentence (no 。，；), letter spacing removed.
  const head = normalizeChars(model.text.slice(0, 3000))
    .split('\n')
    .map(compact)
    .filter((l) => l && !/[。，；,;]/.test(l))
    .join('\n');
  const t = TITLE_YEAR.exec(head);
  let year = t ? Number.parseInt(t[1], 10) : model.year;
  if (year === undefined) {
    const opening = new Map<number, number>();
    for (const s of model.sentences) {
      const y = s.years[0];
      if (y && s.flatIndex(y.span.start) <= 3) opening.set(y.value, (opening.get(y.value) ?? 0) + 1);
    }
    year = [...opening.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  }
  DOC_YEARS.set(model, year);
  return year;
}

/** True when the document carries the standard tables (a budget disclosure, not a fragment or 绩效文本). */
export function isFullBudget(model: DisclosureModel): boolean {
  if (model.kind === '绩效文本') return false;
  const kinds = new Set(model.tables.map((t) => t.kind));
  let n = 0;
  for (const k of ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9']) if (kinds.has(k as TableKindId)) n++;
  return n >= 3;
}

/**
 * The words of sentence `s` between two document offsets, as written: without the line breaks, page numbers,
 * running heads and letter spacing of the source (offsets outside the sentence are clamped to it).
 */
export function flatBetween(s: Sentence, start: number, end: number): string {
  return s.flat.slice(s.flatIndex(Math.max(start, s.span.start)), s.flatIndex(Math.min(end, s.span.end)));
}

/** Text of a sentence between two offsets (document offsets). */
export function textBetween(model: DisclosureModel, start: number, end: number): string {
  return model.text.slice(start, Math.max(start, end));
}

/**
 * Compares a narrative amount with a table cell under the TXT tolerance; reports `messageId` on the figure
 * with the table value, the cell as related information and a fix replacing the figure. True when reported.
 */
export function compareWithCell(
  ctx: RuleContext,
  messageId: string,
  a: NarrativeAmount,
  t: Table,
  row: Row | undefined,
  col: number | undefined,
  what: Localized,
  opts: { asWan?: boolean; severity?: 'error' | 'warning' | 'info'; args?: Readonly<Record<string, string>> } = {},
): boolean {
  const cell = cellAt(row, col);
  const tv = cellVal(t, cell);
  const av = amountVal(a, opts.asWan);
  if (agree(av, tv)) return false;
  const expected = printLike(a, tv, (t.unit?.value ?? '万元') === '万元' ? cell : undefined);
  ctx.report(
    messageId,
    a.figure.span,
    { stated: stated(a), table: cell?.text ? `${cell.text}万元` : '0（空）', what: what['zh-CN'], whatEn: what.en, label: a.label, line: row ? line1(ctx.model, (cell?.span ?? row.span).start) : 0, note: '', noteEn: '', ...opts.args },
    {
      related: cellRelated(ctx.model, t, cell, row, what),
      fixes: [replaceFix(a.figure.span, expected, { 'zh-CN': `${tableName(t)}${what['zh-CN']}`, en: `${what.en} in the “${tableName(t)}”` })],
      data: { stated: av.value.toString(), table: tv.value.toString(), diff: av.value.minus(tv.value).toString() },
      ...(opts.severity ? { severity: opts.severity } : {}),
    },
  );
  return true;
}

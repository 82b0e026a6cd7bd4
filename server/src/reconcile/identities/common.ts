import { tableName } from '../../model/names';
import type { Cell, DisclosureModel, Figure, MoneyUnit, Row, Table, TableKindId } from '../../model/types';
import { Decimal, halfUnit } from '../../util/decimal';
import type { Localized } from '../../util/i18n';
import type { Span } from '../../util/span';
import type { IdentitySpec, Term, TermRef } from '../types';
import { ROLES } from '../../model/roles';

const ONE = new Decimal(1);
/** An exact zero; Decimal values are immutable, so one is enough. */
const ZERO = new Decimal(0);

/** How many 万元 one unit is. Every identity is stated in 万元 unless it says otherwise. */
export const WAN_FACTOR: Readonly<Record<MoneyUnit, Decimal>> = {
  元: new Decimal('0.0001'),
  万元: ONE,
  亿元: new Decimal(10000),
};

export function factorOf(unit: MoneyUnit | undefined): Decimal {
  return WAN_FACTOR[unit ?? '万元'];
}

export function colName(t: Table, col: number): string {
  const c = t.columns[col];
  if (c?.role && ROLES[c.role]) return ROLES[c.role].label;
  return c?.header || `第${col}列`;
}

/** The first column with a role. */
export function colOf(t: Table, role: string): number | undefined {
  return t.columns.find((c) => c.role === role)?.index;
}

export function colsOf(t: Table, roles: readonly string[]): number[] {
  return t.columns.filter((c) => c.role && roles.includes(c.role)).map((c) => c.index);
}

const NUMBERING_START = /^[其一二三四五六七八九十百\d（(]/;

/** Label without its list numbering ("一、", "1、", "（一）", "其中："). */
export function bareLabel(label: string): string {
  // Most labels start with neither 其中 nor a numbering: skip the three expressions then.
  if (!NUMBERING_START.test(label)) return label;
  return label
    .replace(/^其中[:：]?/, '')
    .replace(/^(?:[一二三四五六七八九十百]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)])/, '')
    .replace(/^其中[:：]?/, '');
}

export function rowName(row: Row): string {
  return `${row.code ? row.code.code + ' ' : ''}${row.labelText || row.label}`.trim();
}

export interface TermOptions {
  /** Multiplies the printed figure after the unit conversion (a count times a per-unit rate). */
  readonly times?: Decimal;
  readonly label?: string;
}

/**
 * A term from a table cell. Its label is written only when something reads it (a message, a hover): a document
 * has a thousand terms and most identities hold, so building every label up front was a fifth of reconciling.
 */
class CellTerm implements Term {
  private written: string | undefined;

  constructor(
    private readonly t: Table,
    private readonly row: Row,
    private readonly col: number,
    readonly ref: TermRef,
    readonly span: Span,
    readonly line: number,
    readonly figure: Figure | undefined,
    readonly value: Decimal,
    readonly half: Decimal,
    readonly scale: Decimal,
  ) {}

  get label(): string {
    return (this.written ??= `${tableName(this.t)} ${rowName(this.row)}（${colName(this.t, this.col)}）`);
  }

  /** Plain data for JSON: the label, not the table it is written from. */
  toJSON(): Term {
    const { ref, span, line, label, figure, value, half, scale } = this;
    return { ref, span, line, label, ...(figure ? { figure } : {}), value, half, scale };
  }
}

/** A term from a table cell: its figure in 万元, or an exact zero when the cell is blank. */
export function cellTerm(t: Table, row: Row, col: number, opts: TermOptions = {}): Term {
  const cell: Cell | undefined = row.cells[col];
  const factor = factorOf(t.unit?.value);
  const scale = opts.times ? factor.times(opts.times) : factor;
  const span = cell?.span ?? { start: row.span.end, end: row.span.end };
  const ref: TermRef = { kind: 'cell', tableId: t.id, row: row.line, col };
  let figure: Figure | undefined;
  let value = ZERO;
  let half = ZERO;
  if (cell?.amount) {
    figure = cell.amount;
    // Most figures are already in the identity's unit: skip the multiplications then.
    const unitScale = scale === ONE || scale.eq(1);
    value = unitScale ? figure.value : figure.value.times(scale);
    half = unitScale ? halfUnit(figure.decimals) : halfUnit(figure.decimals).times(scale.abs());
  }
  if (opts.label !== undefined) {
    return figure ? { ref, span, line: row.line, label: opts.label, figure, value, half, scale } : { ref, span, line: row.line, label: opts.label, value, half, scale };
  }
  return new CellTerm(t, row, col, ref, span, row.line, figure, value, half, scale);
}

/** A term from a figure printed somewhere other than a plain numeric cell (an indicator, a plan value). */
export function figureTerm(
  t: Table, line: number, cell: Cell, value: { value: Decimal; decimals: number; text?: string }, scale: Decimal, label: string,
): Term {
  const figure = { value: value.value, decimals: value.decimals, text: value.text ?? cell.text, span: cell.span };
  return {
    ref: { kind: 'cell', tableId: t.id, row: line, col: cell.col },
    span: cell.span, line, label, figure,
    value: value.value.times(scale),
    half: halfUnit(value.decimals).times(scale.abs()),
    scale,
  };
}

export function isBlank(term: Term): boolean {
  return !term.figure;
}

function printed(terms: readonly Term[]): number {
  return terms.filter((x) => x.figure && !x.half.isZero()).length;
}

interface SpecOptions {
  readonly computedLabel?: Localized;
  readonly unit?: MoneyUnit;
  /** Keep the identity even when every term is blank. */
  readonly keepBlank?: boolean;
}

/**
 * total = Σ parts. Interval tolerance (SUM(n)), except when at most one part is printed: then parent and child
 * are the same number and must agree exactly.
 */
export function sum(ruleId: string, total: Term, parts: Term[], description: Localized, opts: SpecOptions = {}): IdentitySpec | undefined {
  if (!opts.keepBlank && isBlank(total) && parts.every(isBlank)) return undefined;
  return {
    ruleId, kind: 'sum', total, parts, unit: opts.unit ?? '万元', description,
    tolerance: printed(parts) <= 1 ? 'exact' : 'interval',
    computedLabel: opts.computedLabel ?? { 'zh-CN': '明细合计', en: 'sum of parts' },
  };
}

/** The same quantity printed twice: must be identical at the printed precision. */
export function equal(ruleId: string, a: Term, b: Term | Term[], description: Localized, opts: SpecOptions = {}): IdentitySpec | undefined {
  const parts = Array.isArray(b) ? b : [b];
  if (!opts.keepBlank && isBlank(a) && parts.every(isBlank)) return undefined;
  return {
    ruleId, kind: parts.length === 1 ? 'equal' : 'sum', total: a, parts, unit: opts.unit ?? '万元', description,
    tolerance: printed(parts) <= 1 ? 'exact' : 'interval',
    ...(opts.computedLabel ? { computedLabel: opts.computedLabel } : {}),
  };
}

/** big ≥ Σ parts (with the printed intervals). */
export function atLeast(ruleId: string, big: Term, parts: Term[], description: Localized, opts: SpecOptions = {}): IdentitySpec | undefined {
  if (parts.every(isBlank) && parts.every((p) => p.value.isZero())) return undefined;
  return {
    ruleId, kind: 'atLeast', total: big, parts, unit: opts.unit ?? '万元', description, tolerance: 'interval',
    ...(opts.computedLabel ? { computedLabel: opts.computedLabel } : {}),
  };
}

export function push(out: IdentitySpec[], spec: IdentitySpec | undefined): void {
  if (spec) out.push(spec);
}

export function tablesOf(model: DisclosureModel, kind: TableKindId): Table[] {
  return model.tables.filter((t) => t.kind === kind);
}

/** The first table of a kind (the standard tables appear once per document). */
export function tableOf(model: DisclosureModel, kind: TableKindId): Table | undefined {
  return model.tables.find((t) => t.kind === kind);
}

export function hasFigure(row: Row, cols: readonly number[]): boolean {
  return cols.some((c) => !!row.cells[c]?.amount);
}

/** The 合计 row of a classified table (no code, label 合计 / 总计). */
export function totalRow(t: Table): Row | undefined {
  return t.rows.find((r) => !r.code && /^(合计|总计|合计数)$/.test(r.label));
}

/** A row by its label, numbering ignored. */
export function rowByLabel(t: Table, re: RegExp, from = 0): Row | undefined {
  for (let i = from; i < t.rows.length; i++) if (re.test(bareLabel(t.rows[i].label))) return t.rows[i];
  return undefined;
}

const MARKUP_OR_SPACE = /[\s*<]/;

/** Text of one cell, compacted and without numbering, for side-by-side tables (T1, T4). */
export function cellLabel(row: Row, col: number | undefined): string {
  if (col === undefined) return '';
  const c = row.cells[col];
  if (!c) return '';
  return bareLabel(MARKUP_OR_SPACE.test(c.text) ? c.text.replace(/[\s*]|<\/?[a-zA-Z][^<>]*>/g, '') : c.text);
}

export const L = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

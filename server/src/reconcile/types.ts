import type { Decimal } from '../util/decimal';
import type { Localized } from '../util/i18n';
import type { Span } from '../util/span';
import type { Figure, MoneyUnit } from '../model/types';

/** Where a term was printed: a table cell, or a figure in a sentence. */
export type TermRef =
  | { readonly kind: 'cell'; readonly tableId: string; readonly row: number; readonly col: number }
  | { readonly kind: 'text'; readonly sentence: number; readonly amount: number };

/** One side of an identity: a printed figure (or a blank cell, which is an exact zero). */
export interface Term {
  readonly ref: TermRef;
  readonly span: Span;
  readonly line: number;
  /** What the figure is, for messages: "T3 合计 · 201 一般公共服务支出". */
  readonly label: string;
  /** Undefined for a blank cell: an exact zero. */
  readonly figure?: Figure;
  /** The figure converted to the identity's unit (万元 unless said otherwise). */
  readonly value: Decimal;
  /** Half a unit of the last printed digit, in the identity's unit; zero for blanks. */
  readonly half: Decimal;
  /** value = figure.value × scale (unit conversion, or a per-unit rate times a count); 1 when absent. */
  readonly scale?: Decimal;
}

/**
 * "total = Σ parts" (`sum`), "total = part printed elsewhere" (`equal`), or "total ≥ Σ parts" (`atLeast`).
 * Everything that reads a reconciliation result (diagnostics, hover, inlay hints, code lenses, the CLI) reads these.
 */
export interface IdentitySpec {
  /** The rule of RULES.md that states it (T1-02, X03 …). */
  readonly ruleId: string;
  readonly kind: 'sum' | 'equal' | 'atLeast';
  readonly total: Term;
  readonly parts: Term[];
  readonly unit: MoneyUnit;
  /** Plain description for hover and messages. */
  readonly description: Localized;
  /**
   * 'interval': broken only when the printed intervals cannot meet (XBRL Calculations 1.1);
   * 'exact': the same quantity printed twice must be identical at the printed precision.
   */
  readonly tolerance: 'interval' | 'exact';
  /** Words for the computed side in messages ("明细合计", "T3 合计"); the parts' labels when absent. */
  readonly computedLabel?: Localized;
}

export type IdentityStatus = 'ok' | 'rounding' | 'broken';

export interface Identity extends IdentitySpec {
  /** Stable key within one analysis. */
  readonly key: string;
  readonly stated: Decimal;
  readonly computed: Decimal;
  /** stated − computed. */
  readonly diff: Decimal;
  /** The largest gap rounding can explain. */
  readonly allowance: Decimal;
  readonly status: IdentityStatus;
}

export interface Reconciliation {
  readonly identities: readonly Identity[];
  /** Identity sources that threw: their identities were not checked. */
  readonly failures: ReadonlyArray<{ readonly source: string; readonly error: string }>;
  byRule(ruleId: string): Identity[];
  /** Identities in which the figure at `offset` takes part, as total or part. */
  at(offset: number): Identity[];
}

import type { Printed } from '../util/decimal';
import type { LineIndex } from '../util/lineIndex';
import type { Span } from '../util/span';
import type { ParseResult, TocBlock, UnreadLayout } from '../syntax/types';

/** T1–T12 as in RULES.md §0.1. */
export type TableKindId = 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'T7' | 'T8' | 'T9' | 'T10' | 'T11' | 'T12';

export type MoneyUnit = '元' | '万元' | '亿元';

/** A number in a cell or sentence with its printed precision; `value` is in the unit it was printed in. */
export interface Figure extends Printed {
  readonly text: string;
  readonly span: Span;
}

/** A quantity with an operator and unit: `7人`, `≥95%`, `≤2.8万元`, `228.6元/册`, `25.00%`. */
export interface Quantity {
  readonly op: '' | '≥' | '≤' | '>' | '<' | '=';
  readonly figure: Figure;
  /** '%' for percentages, a money unit, or a counter such as 人 / 辆 / 次 / 万字. */
  readonly unit: string;
  /** The denominator of a rate such as 元/册 or 元/月. */
  readonly per?: string;
}

export interface Cell {
  readonly col: number;
  readonly text: string;
  readonly span: Span;
  /** Set when the whole cell is a plain number ("717.53", "1,130.72"); in the table's unit. */
  readonly amount?: Figure;
  /** Set when the cell holds a number with an operator or unit. */
  readonly quantity?: Quantity;
  /** Part of a cell continued from the previous page, if the export split it. */
  readonly continuation?: Span;
}

export interface ClassificationCode {
  readonly code: string;
  /** Where the code is printed: one span, or one per column when the code is split as `201 | 03 | 01`. */
  readonly spans: Span[];
  readonly span: Span;
}

export interface Row {
  readonly line: number;
  readonly span: Span;
  /** 序号 as printed, when the row has one. */
  readonly seq?: string;
  readonly code?: ClassificationCode;
  /** The row's label (科目名称, 项目), markup and spaces removed for matching; see `labelText` for display. */
  readonly label: string;
  readonly labelText: string;
  readonly labelSpan?: Span;
  /** Cells by column index (the index is the 栏次 number where the table prints one). */
  readonly cells: Cell[];
}

export interface Column {
  readonly index: number;
  /** The 栏次 number printed for this column, if any. */
  readonly lanci?: number;
  /** Header text, joined over header rows, without spaces. */
  readonly header: string;
  /** What the column holds, from the kind's layout (e.g. 'total', 'basic', 'project'). */
  readonly role?: string;
}

export interface TablePiece {
  readonly span: Span;
  readonly line: number;
  readonly endLine: number;
}

export interface Located<T> {
  readonly value: T;
  readonly span: Span;
  readonly line: number;
}

/** 绩效目标表 content. */
export interface PerformanceInfo {
  readonly projectName?: Located<string>;
  readonly projectCode?: Located<string>;
  readonly budget?: Cell;
  readonly fiscal?: Cell;
  readonly other?: Cell;
  /** 资金支出计划: headers (3月底…) and their values, in order of the columns. */
  readonly plan?: { readonly headers: Cell[]; readonly values: Cell[]; readonly percent: boolean; readonly line: number; readonly span: Span };
  readonly indicators: Indicator[];
}

export interface Indicator {
  readonly level1: string;
  readonly level2: string;
  readonly level3: string;
  readonly description: string;
  readonly value: Cell;
  readonly line: number;
  readonly span: Span;
}

export interface Table {
  /** Stable id within the document: kind and ordinal, e.g. `T3`, `T12#4`, `unknown#2`. */
  readonly id: string;
  readonly kind: TableKindId | 'unknown';
  readonly title: string;
  readonly titleSpan?: Span;
  readonly titleLine?: number;
  readonly org?: { readonly code?: string; readonly name: string; readonly span: Span; readonly line: number };
  readonly year?: Located<number>;
  readonly unit?: Located<MoneyUnit>;
  readonly asOf?: Located<string>;
  readonly pieces: TablePiece[];
  readonly span: Span;
  readonly headerRows: Row[];
  readonly lanciRow?: Row;
  readonly columns: Column[];
  readonly rows: Row[];
  /** Notes printed right after the table (注：…). */
  readonly notes: Located<string>[];
  /**
   * Every org / 预算年度 / 单位 / 截止时间 item printed around the table, on every page it spans, in document
   * order; `org`, `year`, `unit` and `asOf` above are the first of each.
   */
  readonly printedMeta: Located<{ readonly kind: 'org' | 'year' | 'unit' | 'asOf'; readonly text: string }>[];
  /** True when no data row carries a figure. */
  readonly empty: boolean;
  readonly performance?: PerformanceInfo;
}

export type NarrativeTopic =
  | 'N1' | 'N2' | 'N2.income' | 'N2.expense' | 'N2.change' | 'N3' | 'N4' | 'N5' | 'N5.whole' | 'N5.special' | 'N5.projects'
  | 'N6' | 'N7' | 'N8' | 'N9' | 'TOC';

export interface Section {
  readonly title: string;
  readonly numbering: string;
  readonly level: number;
  readonly line: number;
  readonly span: Span;
  readonly titleSpan: Span;
  readonly topic?: NarrativeTopic;
  /** Offset where the section's content ends (the next heading at the same or a higher level). */
  readonly end: number;
  readonly children: Section[];
}

export interface NarrativeAmount {
  readonly figure: Figure;
  readonly unit: MoneyUnit;
  /** The number and its unit. */
  readonly span: Span;
  readonly unitSpan: Span;
  /** The words the amount belongs to ("一般公共预算收入", "公务接待费"), nearest phrase before it. */
  readonly label: string;
  readonly labelSpan?: Span;
  readonly line: number;
}

export interface NarrativePercent {
  readonly figure: Figure;
  readonly span: Span;
  readonly line: number;
}

export interface Sentence {
  /** The sentence as it stands in the source (trimmed), line breaks and all. */
  readonly text: string;
  /**
   * The sentence as it was written: without the line breaks, page numbers, running heads and letter spacing a
   * PDF converter put into it. Rules read words and figures from this text.
   */
  readonly flat: string;
  /** Source offset of the character at `i` of `flat`. */
  flatAt(i: number): number;
  /** Index in `flat` of the first character at or after source `offset`. */
  flatIndex(offset: number): number;
  readonly span: Span;
  readonly line: number;
  readonly topic?: NarrativeTopic;
  readonly amounts: NarrativeAmount[];
  readonly percents: NarrativePercent[];
  readonly years: Located<number>[];
  readonly directions: Located<'增加' | '减少' | '持平'>[];
}

export interface OutlineNode {
  readonly name: string;
  readonly detail?: string;
  readonly kind: 'part' | 'section' | 'table';
  readonly span: Span;
  readonly selectionSpan: Span;
  readonly children: OutlineNode[];
  /** A table the model could not split into columns (shown; at most its hierarchy is checked), and its layout. */
  readonly unread?: UnreadLayout;
}

export type DocumentKind = '部门预算' | '单位预算' | '部门决算' | '单位决算' | '绩效文本';

export interface DisclosureModel {
  readonly text: string;
  readonly lines: LineIndex;
  readonly parsed: ParseResult;
  readonly kind?: DocumentKind;
  readonly year?: number;
  readonly org?: { readonly code?: string; readonly name: string };
  readonly tables: Table[];
  readonly toc: TocBlock[];
  readonly sections: Section[];
  readonly sentences: Sentence[];
  readonly outline: OutlineNode[];
}

import type { Block, RawCell, RawRow, TableBlock } from '../syntax/types';
import { compact, labelKey } from '../util/text';
import type { Span } from '../util/span';
import { figureOf, isBlankValue, moneyUnit, quantityOf } from './figures';
import { performanceOf } from './performance';
import { kindOfTitle, kindSpec, TABLE_KINDS, type TableKindSpec } from './tableKinds';
import type { Cell, ClassificationCode, Column, Located, MoneyUnit, Row, Table, TableKindId, TablePiece } from './types';

/** A metadata item printed around a table: org, 预算年度, 单位, 截止时间. */
export type Meta =
  | { kind: 'year'; value: number }
  | { kind: 'unit'; value: MoneyUnit }
  | { kind: 'asOf'; value: string }
  | { kind: 'org'; code?: string; name: string };

const YEAR_RE = /预算年度\s*[:：]\s*(\d{4})/;
const UNIT_RE = /(?:金额)?单位\s*[:：]\s*(亿元|万元|元)/;
const AS_OF_RE = /截[止至](?:时间|日期)?\s*[:：]\s*(\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2})/;
const ORG_RE = /^(\d{3,9})(?![\d.]|\s*年)\s*([^\d\s:：].{1,60})$/;
const ORG_LABEL_RE = /^(?:编制|填报|预算)?(?:单位|部门)(?:名称)?\s*[:：]\s*(.{2,60})$/;

/** All metadata items in one text (a line, or a cell). */
export function metaItems(text: string): Meta[] {
  const t = text.trim();
  const out: Meta[] = [];
  const y = YEAR_RE.exec(t);
  if (y) out.push({ kind: 'year', value: Number.parseInt(y[1], 10) });
  const u = UNIT_RE.exec(t);
  if (u) out.push({ kind: 'unit', value: moneyUnit(u[1])! });
  const a = AS_OF_RE.exec(t);
  if (a) out.push({ kind: 'asOf', value: a[1].replace(/\s+/g, '') });
  if (out.length === 0) {
    const o = ORG_RE.exec(compactKeepSpace(t));
    if (o && !/[。，；]/.test(o[2])) out.push({ kind: 'org', code: o[1], name: compact(o[2]) });
    else {
      const l = ORG_LABEL_RE.exec(t);
      if (l && !moneyUnit(l[1].trim())) out.push({ kind: 'org', name: compact(l[1]) });
    }
  }
  return out;
}

function compactKeepSpace(s: string): string {
  return s.replace(/^[#\s*]+|\*+$/g, '').trim();
}

/** Value columns whose header names them unambiguously (a table printed in another region's layout). */
const HEADER_NAMED_ROLES: ReadonlyArray<readonly [RegExp, string]> = [
  // Matched at the end: a group header above may be joined in front (收入预算 + 事业收入).
  [/小计$/, 'subtotal'],
  [/财政拨款(收入)?$/, 'fiscal'],
  [/财政专户(管理资金)?(收入)?$/, 'specialAccount'],
  [/事业收入$/, 'business'],
  [/经营收入$/, 'operating'],
  [/上级补助收入$/, 'superior'],
  [/附属单位上缴收入$/, 'subsidiary'],
  [/其他收入$/, 'other'],
  [/结转/, 'carryover'],
];

function headerNamedRole(header: string): string | undefined {
  for (const [re, role] of HEADER_NAMED_ROLES) if (re.test(header)) return role;
  return undefined;
}

function isMetaText(text: string): boolean {
  return metaItems(text).length > 0;
}

interface MutableRow {
  line: number;
  span: Span;
  seq?: string;
  code?: ClassificationCode;
  label: string;
  labelText: string;
  labelSpan?: Span;
  cells: Cell[];
}

const CODE_RE = /^\d{3}(?:\d{2}){0,2}$/;
const SEQ_RE = /^\d{1,4}$/;

/** A raw cell, possibly rejoined from two pieces of a table split over a page break. */
type JoinedCell = RawRow['cells'][number] & { continuation?: Span };

/** Model cells for a raw row; the columns in `plain` (序号, code digits) hold no amount even when numeric. */
function toCells(raw: RawRow, plain: readonly number[]): Cell[] {
  const out: Cell[] = new Array(raw.cells.length);
  for (let col = 0; col < raw.cells.length; col++) {
    const c: JoinedCell = raw.cells[col];
    // Built field by field, not with spreads: a document holds hundreds of thousands of cells.
    const cell: { -readonly [K in keyof Cell]: Cell[K] } = { col, text: c.text, span: c.span };
    if (c.text !== '' && !isBlankValue(c.text) && !plain.includes(col)) {
      const amount = figureOf(c.text, c.span);
      if (amount) cell.amount = amount;
      else {
        const quantity = quantityOf(c.text, c.span);
        if (quantity) cell.quantity = quantity;
      }
    }
    if (c.continuation) cell.continuation = c.continuation;
    out[col] = cell;
  }
  return out;
}

/** Finds the classification code of a row: one cell, a code split as 201 | 03 | 01, or a code before the name. */
function codeOf(cells: readonly RawCell[], from: number): { code?: ClassificationCode; nameCol?: number; nameOffset?: number } {
  const c1 = cells[from];
  if (!c1) return {};
  const t1 = c1.text.replace(/\s+/g, '');
  const c2 = cells[from + 1];
  const c3 = cells[from + 2];
  if (/^\d{3}$/.test(t1) && c2 && /^\d{2}$/.test(c2.text.trim())) {
    const spans = [c1.span, c2.span];
    let code = t1 + c2.text.trim();
    let next = from + 2;
    if (c3 && /^\d{2}$/.test(c3.text.trim())) {
      code += c3.text.trim();
      spans.push(c3.span);
      next = from + 3;
    }
    return { code: { code, spans, span: { start: spans[0].start, end: spans[spans.length - 1].end } }, nameCol: next };
  }
  if (CODE_RE.test(t1)) return { code: { code: t1, spans: [c1.span], span: c1.span }, nameCol: from + 1 };
  const m = /^(\d{3}(?:\d{2}){0,2})\s+(\S.*)$/.exec(c1.text);
  if (m) {
    const span = { start: c1.span.start, end: c1.span.start + m[1].length };
    return { code: { code: m[1], spans: [span], span }, nameCol: from, nameOffset: c1.text.indexOf(m[2], m[1].length) };
  }
  return {};
}

function isLanciRow(r: RawRow): boolean {
  const first = r.cells.find((c) => c.text !== '');
  return !!first && /^(栏次|档次|栏号)$/.test(compact(first.text));
}

/** Where a table's code, label and expense-label columns are, found once per table. */
interface RoleCols {
  code?: number;
  label?: number;
  expenseLabel?: number;
}

function roleCols(roles: Map<number, string>): RoleCols {
  const out: RoleCols = {};
  for (const [col, r] of roles) {
    if (r === 'code' && out.code === undefined) out.code = col;
    else if ((r === 'name' || r === 'label' || r === 'incomeLabel') && out.label === undefined) out.label = col;
    else if (r === 'expenseLabel' && out.expenseLabel === undefined) out.expenseLabel = col;
  }
  return out;
}

const NO_COLS: readonly number[] = [];

function buildRow(raw: RawRow, kind: TableKindId | 'unknown', cols: RoleCols): MutableRow {
  const rawCells = raw.cells;
  const first = rawCells[0];
  let seq: string | undefined;
  let start = 0;
  // The 序号 and the code are read from the raw text first, so their cells never get an amount
  // (deleting a property later would make every cell object slow).
  let plain: number[] | undefined;
  if (first && SEQ_RE.test(first.text) && kind !== 'T11' && kind !== 'T12' && kind !== 'unknown') {
    seq = first.text;
    start = 1;
    plain = [0];
  } else if (first && first.text === '' && kind !== 'T11' && kind !== 'T12') {
    start = 1;
  }
  let code: ClassificationCode | undefined;
  let nameCol: number | undefined;
  let nameOffset: number | undefined;
  if (cols.code !== undefined || kind === 'unknown') {
    const found = codeOf(rawCells, cols.code ?? start);
    if (found.code) {
      code = found.code;
      plain ??= [];
      for (const sp of found.code.spans) {
        const at = rawCells.findIndex((x) => x.span.start === sp.start);
        if (at >= 0) plain.push(at);
      }
      nameCol = found.nameCol;
      nameOffset = found.nameOffset;
    }
  }
  const cells = toCells(raw, plain ?? NO_COLS);
  let labelCell: Cell | undefined;
  let labelText = '';
  if (nameCol !== undefined) {
    // A 类 row of a code split over three columns leaves the 款 and 项 columns empty: the name stands after them.
    while (nameOffset === undefined && nameCol < cells.length - 1 && cells[nameCol].text === '' && cells[nameCol + 1].text !== '' && !cells[nameCol + 1].amount) nameCol++;
    while (nameOffset === undefined && nameCol < cells.length - 2 && cells[nameCol].text === '' && cells[nameCol + 1].text === '' && cells[nameCol + 2].text !== '' && !cells[nameCol + 2].amount) nameCol += 2;
    labelCell = cells[nameCol];
    labelText = labelCell ? (nameOffset ? labelCell.text.slice(nameOffset) : labelCell.text) : '';
  }
  if (!labelCell) {
    labelCell = cols.label !== undefined ? cells[cols.label] : undefined;
    if (!labelCell || labelCell.text === '' || labelCell.amount) {
      labelCell = undefined;
      for (let k = start; k < cells.length; k++) {
        const c = cells[k];
        if (c.text !== '' && !c.amount && !(code && c.span.start === code.span.start)) {
          labelCell = c;
          break;
        }
      }
    }
    labelText = labelCell?.text ?? '';
  }
  // T1 and T4 print two lists side by side; a row whose income side is blank is labelled by its expense side.
  if ((kind === 'T1' || kind === 'T4') && labelText === '') {
    const c = cols.expenseLabel !== undefined ? cells[cols.expenseLabel] : undefined;
    if (c && c.text) {
      labelCell = c;
      labelText = c.text;
    }
  }
  const row: MutableRow = { line: raw.line, span: raw.span, label: labelKey(labelText), labelText: labelText.trim(), cells };
  if (seq !== undefined) row.seq = seq;
  if (code) row.code = code;
  if (labelCell) row.labelSpan = labelCell.span;
  return row;
}

interface Pending {
  block: TableBlock;
  title?: { text: string; span: Span; line: number; kind: TableKindId };
  metas: Array<Located<Meta>>;
  /** Non-metadata blocks between the previous table and this one. */
  prose: number;
  notes: Array<Located<string>>;
}

/**
 * Groups the parser's table blocks into logical tables: finds each table's title and metadata, merges pieces
 * continued over page breaks, maps columns by 栏次, and keys rows by 序号, code and label.
 */
export function buildTables(
  blocks: Block[],
  kinds: readonly TableKindSpec[] = TABLE_KINDS,
): { tables: Table[]; titleBlocks: Set<Block> } {
  const pendings: Pending[] = [];
  const titleBlocks = new Set<Block>();
  let between: Array<Exclude<Block, TableBlock>> = [];
  for (const b of blocks) {
    if (b.kind !== 'table') {
      between.push(b);
      continue;
    }
    const metas: Array<Located<Meta>> = [];
    let title: Pending['title'];
    let prose = 0;
    for (let k = between.length - 1; k >= 0; k--) {
      const x = between[k];
      if (x.kind === 'toc') {
        prose++;
        break;
      }
      const text = x.kind === 'heading' ? `${x.numbering}${x.title}` : x.text;
      const items = metaItems(x.kind === 'heading' ? x.title : text);
      // A PDF spreads the org and the unit over the page's width ("编制部门：…        单位：元"): spaces do not count.
      if (items.length && (text.length <= 80 || text.replace(/\s{2,}/g, ' ').length <= 80)) {
        for (const m of items) metas.push({ value: m, span: x.span, line: x.line });
        continue;
      }
      if (x.kind === 'note') continue;
      const titleText = x.kind === 'heading' ? x.title : x.text;
      const kind = kindOfTitle(compact(titleText), kinds);
      if (kind) {
        title = { text: compact(titleText), span: x.kind === 'heading' ? x.titleSpan : x.span, line: x.line, kind };
        titleBlocks.add(x);
      } else {
        prose++;
      }
      break;
    }
    // Notes right after the previous table (注：无…，空表列示。) belong to it.
    const prev = pendings[pendings.length - 1];
    if (prev) {
      for (const x of between) {
        if (x.kind === 'note') prev.notes.push({ value: x.text, span: x.span, line: x.line });
        else if (x.kind === 'paragraph' && /空表列示|^注[:：]/.test(x.text)) prev.notes.push({ value: x.text, span: x.span, line: x.line });
        else if (!(x.kind === 'paragraph' || x.kind === 'heading') || !isMetaText(x.kind === 'heading' ? x.title : x.text)) break;
      }
    }
    pendings.push({ block: b, ...(title ? { title } : {}), metas, prose, notes: [] });
    between = [];
  }
  const prev = pendings[pendings.length - 1];
  if (prev) {
    for (const x of between) {
      if (x.kind === 'note') prev.notes.push({ value: x.text, span: x.span, line: x.line });
      else break;
    }
  }

  // Merge continuations: an untitled piece right after a table, with only metadata between, continues it.
  const groups: Pending[][] = [];
  for (const p of pendings) {
    const last = groups[groups.length - 1];
    if (!p.title && last && p.prose === 0 && last[0].title) last.push(p);
    else groups.push([p]);
  }

  const counters = new Map<string, number>();
  const tables: Table[] = [];
  for (const g of groups) {
    const kind: TableKindId | 'unknown' = g[0].title?.kind ?? 'unknown';
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    const id = kind === 'T12' || kind === 'unknown' || n > 1 ? `${kind}#${n}` : kind;
    tables.push(assemble(id, kind, g, kinds));
  }
  return { tables, titleBlocks };
}

function assemble(id: string, kind: TableKindId | 'unknown', group: Pending[], kinds: readonly TableKindSpec[]): Table {
  const first = group[0];
  const spec = kind === 'unknown' ? undefined : kindSpec(kind, kinds);
  const metas: Array<Located<Meta>> = [];
  const notes: Array<Located<string>> = [];
  for (const p of group) {
    for (const m of p.metas) metas.push(m);
    for (const n of p.notes) notes.push(n);
  }
  const pieces: TablePiece[] = group.map((p) => ({ span: p.block.span, line: p.block.line, endLine: p.block.endLine }));

  let headerRaw: RawRow[] = [];
  let lanciRaw: RawRow | undefined;
  const dataRaw: RawRow[] = [];
  const headerKeys = new Set<string>();
  group.forEach((p, pi) => {
    const rows = p.block.rows;
    let k = 0;
    // Leading rows made only of metadata (org, 预算年度, 单位) are metadata, not data.
    while (k < rows.length) {
      const nonEmpty = rows[k].cells.filter((c) => c.text !== '');
      if (nonEmpty.length === 0 || !nonEmpty.every((c) => isMetaText(c.text))) break;
      for (const c of nonEmpty) for (const m of metaItems(c.text)) metas.push({ value: m, span: c.span, line: rows[k].line });
      k++;
    }
    const lanciAt = rows.findIndex((r, idx) => idx >= k && isLanciRow(r));
    if (pi === 0) {
      if (lanciAt >= 0) {
        headerRaw = rows.slice(k, lanciAt);
        lanciRaw = rows[lanciAt];
        k = lanciAt + 1;
      } else if (kind !== 'T12') {
        const firstData = rows.findIndex((r, idx) => idx >= k && r.cells.some((c, ci) => ci > 0 && figureOf(c.text, c.span)));
        const end = firstData >= 0 ? firstData : rows.length;
        headerRaw = rows.slice(k, end);
        k = end;
      }
      for (const h of headerRaw) headerKeys.add(rowKey(h));
    } else {
      if (lanciAt >= 0) k = lanciAt + 1;
      else while (k < rows.length && headerKeys.has(rowKey(rows[k]))) k++;
    }
    const rest = rows.slice(k);
    // A cell split over the page break: the first row of a continuation holds only the rest of a label.
    if (pi > 0 && rest.length && dataRaw.length) {
      const r0 = rest[0];
      const nonEmpty = r0.cells.filter((c) => c.text !== '');
      if (nonEmpty.length === 1 && !figureOf(nonEmpty[0].text, nonEmpty[0].span) && !SEQ_RE.test(r0.cells[0]?.text ?? '')) {
        const col = r0.cells.indexOf(nonEmpty[0]);
        const prevRow = dataRaw[dataRaw.length - 1];
        const target = prevRow.cells[col];
        if (target) {
          const joined: JoinedCell = { text: target.text + nonEmpty[0].text, span: target.span, continuation: nonEmpty[0].span };
          const cells = prevRow.cells.slice();
          cells[col] = joined;
          dataRaw[dataRaw.length - 1] = { ...prevRow, cells };
          rest.shift();
        }
      }
    }
    dataRaw.push(...rest);
  });

  // Columns: 栏次 numbers by position; roles from the kind's layout, or from header text.
  let width = lanciRaw ? lanciRaw.cells.length : 0;
  for (const r of headerRaw) if (r.cells.length > width) width = r.cells.length;
  for (const r of dataRaw) if (r.cells.length > width) width = r.cells.length;
  const columns: Column[] = [];
  const roles = new Map<number, string>();
  // Without a 栏次 row, position says nothing of a column's role (a PDF's table has its own layout): roles come
  // from the header only, when the kind says how to read it. A role "a|b" goes to the first column that matches,
  // then to the next.
  const byHeader = !lanciRaw && !!spec?.headerRoles;
  const used = new Map<string, number>();
  const takeRole = (r: string): string | undefined => {
    if (r.indexOf('|') < 0) return r;
    const n = used.get(r) ?? 0;
    used.set(r, n + 1);
    return r.split('|')[n];
  };
  for (let c = 0; c < width; c++) {
    const header = compact(headerRaw.map((r) => r.cells[c]?.text ?? '').join(''));
    const lanciText = lanciRaw?.cells[c]?.text;
    const lanci = lanciText && /^\d{1,2}$/.test(lanciText) ? Number.parseInt(lanciText, 10) : undefined;
    let role: string | undefined;
    if (spec?.columns && !byHeader) {
      const key = String(lanci ?? c);
      role = spec.columns[key];
      // Without 栏次 the layout is only a guess: a header that names another value column wins over it.
      if (role && lanci === undefined) {
        const named = headerNamedRole(compact(headerRaw.length ? headerRaw[headerRaw.length - 1].cells[c]?.text ?? '' : ''));
        if (named && named !== role) role = Object.values(spec.columns).includes(named) ? named : undefined;
      }
    }
    if (!role && spec?.headerRoles) {
      // A PDF's header wraps over several lines in each column: its last line there is the one that names it.
      let lastHeader = compact(headerRaw.length ? headerRaw[headerRaw.length - 1].cells[c]?.text ?? '' : '');
      if (byHeader) for (let h = headerRaw.length - 1; h >= 0 && !lastHeader; h--) lastHeader = compact(headerRaw[h].cells[c]?.text ?? '');
      let hit: string | undefined;
      for (const [re, r] of spec.headerRoles) {
        if (re.test(lastHeader) || (!lastHeader && re.test(header))) {
          hit = r;
          break;
        }
      }
      if (!hit) for (const [re, r] of spec.headerRoles) if (re.test(header)) { hit = r; break; }
      if (hit) role = takeRole(hit);
    }
    if (role) roles.set(c, role);
    const column: { -readonly [K in keyof Column]: Column[K] } = lanci !== undefined ? { index: c, lanci, header } : { index: c, header };
    if (role) column.role = role;
    columns.push(column);
  }
  // T10/T11 print no 序号: their first column is the label.
  if ((kind === 'T11' || kind === 'T10') && !roles.has(0)) roles.set(0, kind === 'T11' ? 'label' : 'project');

  const rows: Row[] = [];
  let perfRows: Row[] = [];
  const rc = roleCols(roles);
  if (kind === 'T12') {
    for (const p of group) for (const r of p.block.rows) perfRows.push(buildRow(r, kind, rc));
  } else {
    for (const r of dataRaw) {
      if (r.cells.every((c) => c.text === '')) continue;
      const row = buildRow(r, kind, rc);
      rows.push(row);
    }
  }
  const headerRows = headerRaw.map((r) => buildRow(r, kind, {}));
  const lanciRow = lanciRaw ? buildRow(lanciRaw, kind, {}) : undefined;

  const valueCols = new Set(columns.filter((c) => c.role && !/label|code|name|project$|item|measure/i.test(c.role)).map((c) => c.index));
  const empty = kind === 'T12'
    ? false
    : !rows.some((r) => r.cells.some((c) => c.amount && (valueCols.size === 0 || valueCols.has(c.col)) && !c.amount.value.isZero()));

  const find = <K extends Meta['kind']>(k: K) => metas.find((m) => m.value.kind === k) as Located<Extract<Meta, { kind: K }>> | undefined;
  const year = find('year');
  const unit = find('unit');
  const asOf = find('asOf');
  const org = find('org');
  let unitFromHeader: Located<MoneyUnit> | undefined;
  if (!unit) {
    for (const h of headerRaw) for (const c of h.cells) {
      const u = UNIT_RE.exec(c.text) ?? /金额单位\s*[:：]\s*(万元|元|亿元)|[（(](万元|元)[）)]/.exec(c.text);
      const v = u ? moneyUnit(u[1] ?? u[2]) : undefined;
      if (v && !unitFromHeader) unitFromHeader = { value: v, span: c.span, line: h.line };
    }
  }
  const titleText = first.title?.text ?? '';
  const lastPiece = pieces[pieces.length - 1];
  let start = Math.min(first.title?.span.start ?? first.block.span.start, first.block.span.start);
  for (const m of metas) if (m.span.start < start) start = m.span.start;
  // Assigned field by field (in the order the type lists them), not with conditional spreads: cheaper, same shape.
  const table: { -readonly [K in keyof Table]: Table[K] } = { id, kind, title: titleText } as Table;
  if (first.title) {
    table.titleSpan = first.title.span;
    table.titleLine = first.title.line;
  }
  if (org && org.value.kind === 'org') {
    table.org = org.value.code
      ? { code: org.value.code, name: org.value.name, span: org.span, line: org.line }
      : { name: org.value.name, span: org.span, line: org.line };
  }
  if (year) table.year = { value: year.value.value, span: year.span, line: year.line };
  if (unit) table.unit = { value: unit.value.value, span: unit.span, line: unit.line };
  else if (unitFromHeader) table.unit = unitFromHeader;
  if (asOf) table.asOf = { value: asOf.value.value, span: asOf.span, line: asOf.line };
  table.pieces = pieces;
  table.span = { start, end: lastPiece.span.end };
  table.headerRows = headerRows;
  if (lanciRow) table.lanciRow = lanciRow;
  table.columns = columns;
  table.rows = rows;
  table.notes = notes;
  const printedMeta: Table['printedMeta'][number][] = [];
  for (const m of metas) {
    const text = m.value.kind === 'org' ? `${m.value.code ?? ''}${m.value.name}` : String(m.value.value);
    printedMeta.push({ value: { kind: m.value.kind, text }, span: m.span, line: m.line });
  }
  table.printedMeta = printedMeta.sort((a, b) => a.span.start - b.span.start);
  table.empty = empty;
  if (kind === 'T12') table.performance = performanceOf(perfRows);
  return table;
}

function rowKey(r: RawRow): string {
  return r.cells.map((c) => compact(c.text)).join('\u0001');
}

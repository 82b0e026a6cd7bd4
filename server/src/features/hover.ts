import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { builtinCatalog, normalizeCode, normalizeName, SCHEME_NAMES, type Catalog, type CatalogEntry, type Confidence, type Level } from '../catalog';
import { kindSpec } from '../model/tableKinds';
import type { Cell, Column, DisclosureModel, MoneyUnit, NarrativeAmount, Row, Table } from '../model/types';
import type { Identity, Term } from '../reconcile/types';
import type { Analysis } from '../rules/analyze';
import { Decimal } from '../util/decimal';
import { localize, type Locale, type Localized } from '../util/i18n';
import type { Span } from '../util/span';
import { normalizeChars } from '../util/text';
import { toRange } from './convert';
import { ROLES } from '../model/roles';

export interface HoverOptions {
  /** The catalogue edition in use; the document's year when undefined. */
  readonly edition?: number;
  /** Where the edition comes from, for the hover text. */
  readonly editionSource?: 'setting' | 'document';
}

type L = Localized;
const t = (zh: string, en: string): L => ({ 'zh-CN': zh, en });
/** `标签：` / `Label: ` */
const lbl = (zh: string, en: string, locale: Locale): string => (locale === 'en' ? `${en}: ` : `${zh}：`);

const CONFIDENCE: Record<Confidence, L> = {
  verified: t('已核实（官方科目表）', 'verified (official catalogue)'),
  observed: t('见于公开文件', 'observed in published documents'),
  unverified: t('未核实', 'unverified'),
};

const LEVEL_EN: Record<Level, string> = { 类: 'class', 款: 'category', 项: 'item' };

/** Escapes the characters markdown would interpret in names and labels. */
export function md(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function levelText(level: Level, locale: Locale): string {
  return locale === 'en' ? `${level} (${LEVEL_EN[level]})` : level;
}

/**
 * Hover for the figure, code or table title at `offset`: a classification code (table cell, split code,
 * or a mention in prose), an amount (table cell or narrative), or a table title. Null elsewhere.
 */
export function getHover(
  analysis: Analysis,
  offset: number,
  locale: Locale,
  catalog: Catalog = builtinCatalog(),
  options: HoverOptions = {},
): Hover | null {
  const model = analysis.model;
  if (offset < 0 || offset > model.text.length) return null;
  const edition = options.edition ?? model.year;
  const source = options.editionSource ?? (options.edition !== undefined ? 'setting' : 'document');
  const ctx: Ctx = { analysis, model, locale, catalog, edition, editionSource: source };
  const found = hoverTable(ctx, offset) ?? hoverNarrativeAmount(ctx, offset) ?? hoverUnreadAmount(ctx, offset) ?? hoverCodeMention(ctx, offset);
  if (!found) return null;
  return { contents: { kind: MarkupKind.Markdown, value: found.value }, range: toRange(model.lines, found.span) };
}

interface Ctx {
  readonly analysis: Analysis;
  readonly model: DisclosureModel;
  readonly locale: Locale;
  readonly catalog: Catalog;
  readonly edition: number | undefined;
  readonly editionSource: 'setting' | 'document';
}

interface Found {
  readonly value: string;
  readonly span: Span;
}

const inSpan = (s: Span | undefined, offset: number): boolean => !!s && offset >= s.start && offset <= s.end;
/** Like inSpan, but an empty cell only counts when the cursor is exactly on it. */
const onCell = (s: Span, offset: number): boolean => (s.start === s.end ? offset === s.start : offset >= s.start && offset <= s.end);

// ------------------------------------------------------------------------------------------------
// Tables

export function tableAt(model: DisclosureModel, offset: number): Table | undefined {
  return model.tables.find((tb) => inSpan(tb.span, offset) || tb.pieces.some((p) => inSpan(p.span, offset)));
}

function hoverTable(ctx: Ctx, offset: number): Found | undefined {
  const table = tableAt(ctx.model, offset) ?? ctx.model.tables.find((tb) => inSpan(tb.titleSpan, offset));
  if (!table) return undefined;
  if (table.titleSpan && inSpan(table.titleSpan, offset)) return { value: tableTitleHover(ctx, table), span: table.titleSpan };
  for (const row of table.rows) {
    if (!inSpan(row.span, offset) && !row.cells.some((c) => onCell(c.span, offset))) continue;
    if (row.code) {
      const codeSpan = row.code.spans.find((s) => inSpan(s, offset));
      if (codeSpan || inSpan(row.code.span, offset)) {
        return { value: codeHover(ctx, row.code.code, row.labelText, schemeForTable(table, row.code.code)), span: codeSpan ?? row.code.span };
      }
    }
    const cell = row.cells.find((c) => c.amount && onCell(c.span, offset));
    if (cell?.amount) return { value: amountCellHover(ctx, table, row, cell), span: cell.amount.span };
    if (row.code && row.labelSpan && inSpan(row.labelSpan, offset)) {
      return { value: codeHover(ctx, row.code.code, row.labelText, schemeForTable(table, row.code.code)), span: row.labelSpan };
    }
  }
  return undefined;
}

function schemeForTable(table: Table, code: string): CatalogEntry['scheme'] | undefined {
  const c = normalizeCode(code);
  if (table.kind === 'T6' && c.startsWith('5')) return 'economicGov';
  return undefined;
}

function tableTitleHover(ctx: Ctx, table: Table): string {
  const { locale } = ctx;
  const spec = table.kind === 'unknown' ? undefined : kindSpec(table.kind);
  const out: string[] = [];
  const kindName = spec ? spec.name : localize(t('未识别的表格', 'unrecognized table'), locale);
  out.push(`**${md(kindName)}**`);
  out.push('');
  out.push(md(table.title));
  out.push('');
  const year = table.year?.value ?? ctx.model.year;
  const dash = '—';
  out.push(`- ${lbl('单位', 'Unit', locale)}${table.unit?.value ?? dash}`);
  out.push(`- ${lbl('年度', 'Year', locale)}${year ?? dash}`);
  out.push(`- ${lbl('数据行', 'Data rows', locale)}${table.rows.length}${table.pieces.length > 1 ? localize(t(`（分 ${table.pieces.length} 段）`, ` (in ${table.pieces.length} pieces)`), locale) : ''}`);
  const ids = identitiesOfTable(ctx.analysis, table.id);
  const broken = ids.filter((i) => i.status === 'broken').length;
  const rounding = ids.filter((i) => i.status === 'rounding').length;
  let rec: string;
  if (ids.length === 0) rec = localize(t('未核对任何勾稽关系', 'no identities checked'), locale);
  else if (broken === 0) {
    rec = localize(t(`✓ ${ids.length} 项勾稽关系全部成立`, `✓ all ${ids.length} identities hold`), locale);
    if (rounding) rec += localize(t(`（其中 ${rounding} 项为舍入差）`, ` (${rounding} within rounding)`), locale);
  } else {
    rec = localize(t(`✗ ${broken} / ${ids.length} 项勾稽关系不成立`, `✗ ${broken} of ${ids.length} identities broken`), locale);
  }
  out.push(`- ${lbl('勾稽', 'Reconciles', locale)}${rec}`);
  return out.join('\n');
}

function termInTable(term: Term, tableId: string): boolean {
  return term.ref.kind === 'cell' && term.ref.tableId === tableId;
}

/** Identities with at least one term in the table. */
export function identitiesOfTable(analysis: Analysis, tableId: string): Identity[] {
  return analysis.recon.identities.filter((i) => termInTable(i.total, tableId) || i.parts.some((p) => termInTable(p, tableId)));
}

function columnText(col: Column | undefined, cell: Cell, locale: Locale): string {
  const parts: string[] = [];
  const roleName = col?.role ? ROLES[col.role]?.name : undefined;
  if (roleName) parts.push(localize(roleName, locale));
  else if (col?.header) parts.push(md(col.header));
  if (col?.lanci !== undefined) parts.push(localize(t(`栏次 ${col.lanci}`, `column no. ${col.lanci}`), locale));
  if (col?.role) parts.push(`\`${col.role}\``);
  if (parts.length === 0) parts.push(localize(t(`第 ${cell.col + 1} 列`, `column ${cell.col + 1}`), locale));
  return parts.join(' · ');
}

function rowText(row: Row): string {
  const label = row.labelText || row.label;
  return md([row.code?.code, label].filter(Boolean).join(' ')) || '—';
}

function amountCellHover(ctx: Ctx, table: Table, row: Row, cell: Cell): string {
  const { locale } = ctx;
  const fig = cell.amount!;
  const unit = table.unit?.value;
  const spec = table.kind === 'unknown' ? undefined : kindSpec(table.kind);
  const out: string[] = [];
  out.push(`**${md(fig.text)}${unit ? ` ${unit}` : ''}**`);
  out.push('');
  const title = [table.title || localize(t('（无标题）', '(untitled)'), locale), spec && spec.name !== table.title ? spec.name : ''].filter(Boolean);
  out.push(`- ${lbl('表', 'Table', locale)}${md(title[0])}${title[1] ? ` (${md(title[1])})` : ''}`);
  out.push(`- ${lbl('行', 'Row', locale)}${row.seq ? `${md(row.seq)}. ` : ''}${rowText(row)}`);
  out.push(`- ${lbl('列', 'Column', locale)}${columnText(table.columns[cell.col], cell, locale)}`);
  const other = convertUnit(fig.value, fig.decimals, unit);
  if (other) out.push(`- ${lbl('换算', 'Converted', locale)}${fig.text} ${unit} = ${other}`);
  else if (!unit) out.push(`- ${lbl('单位', 'Unit', locale)}${localize(t('表中未注明单位', 'the table prints no unit'), locale)}`);
  appendIdentities(ctx, out, fig.span);
  return out.join('\n');
}

function hoverNarrativeAmount(ctx: Ctx, offset: number): Found | undefined {
  for (const s of ctx.model.sentences) {
    if (!inSpan(s.span, offset)) continue;
    const a = s.amounts.find((x) => inSpan(x.span, offset));
    if (a) return { value: narrativeAmountHover(ctx, a), span: a.span };
  }
  return undefined;
}

function narrativeAmountHover(ctx: Ctx, a: NarrativeAmount): string {
  const { locale } = ctx;
  const out: string[] = [];
  out.push(`**${md(a.figure.text)} ${a.unit}**`);
  out.push('');
  out.push(`- ${lbl('项目', 'Label', locale)}${a.label ? md(a.label) : '—'}`);
  out.push(`- ${lbl('单位', 'Unit', locale)}${a.unit}`);
  const other = convertUnit(a.figure.value, a.figure.decimals, a.unit);
  if (other) out.push(`- ${lbl('换算', 'Converted', locale)}${a.figure.text} ${a.unit} = ${other}`);
  // Findings on the figure or its unit (a 元 slip sits on the unit).
  const from = Math.min(a.figure.span.start, a.span.start);
  const to = Math.max(a.figure.span.end, a.span.end);
  const findings = ctx.analysis.findings.filter((f) => f.span.start <= to && from <= f.span.end && f.span.end > f.span.start && f.span.end - f.span.start <= 40);
  if (findings.length) {
    // What the checks found about this figure, and what each compared it with (the related places).
    out.push('');
    out.push(`**${localize(t('检查结果', 'Findings'), locale)}**`);
    out.push('');
    for (const f of findings.slice(0, 6)) {
      out.push(`- ${md(localize(f.message, locale))}`);
      for (const r of f.related.slice(0, 4)) out.push(`  - ${localize(t('比较对象：', 'Compared with: '), locale)}${md(localize(r.message, locale))}`);
    }
  }
  const ids = ctx.analysis.recon.at(a.figure.span.start);
  if (ids.length || !findings.length) appendIdentities(ctx, out, a.figure.span);
  return out.join('\n');
}

/** A figure of a table the parser cannot split (aligned with spaces …) that takes part in its hierarchy (S03) or its row total (S04). */
function hoverUnreadAmount(ctx: Ctx, offset: number): Found | undefined {
  for (const id of ctx.analysis.recon.at(offset)) {
    if (id.ruleId !== 'S03' && id.ruleId !== 'S04') continue;
    const term = [id.total, ...id.parts].find((x) => onCell(x.span, offset));
    if (!term?.figure) continue;
    const { locale } = ctx;
    const out: string[] = [`**${md(term.figure.text)} ${id.unit}**`, ''];
    out.push(`- ${lbl('行', 'Row', locale)}${md(term.label)}`);
    const n = term.ref.kind === 'cell' ? term.ref.col + 1 : 1;
    const column =
      n === 1
        ? t('每行第一个金额（合计列）；此表无法分列', 'first amount of the row (the 合计 column); this table cannot be split into columns')
        : t(`该行第 ${n} 个金额；此表无法分列`, `amount ${n} of the row; this table cannot be split into columns`);
    out.push(`- ${lbl('列', 'Column', locale)}${localize(column, locale)}`);
    const other = convertUnit(term.figure.value, term.figure.decimals, id.unit);
    if (other) out.push(`- ${lbl('换算', 'Converted', locale)}${term.figure.text} ${id.unit} = ${other}`);
    appendIdentities(ctx, out, term.span);
    return { value: out.join('\n'), span: term.span };
  }
  return undefined;
}

/** The value in the other money unit(s), exactly (Decimal, never a float). */
export function convertUnit(value: Decimal, decimals: number, unit: MoneyUnit | undefined): string | undefined {
  const wan = new Decimal(10000);
  const plain = (v: Decimal, d: number) => v.toFixed(Math.max(0, d));
  switch (unit) {
    case '万元':
      return `${plain(value.times(wan), decimals - 4)} 元`;
    case '元':
      return `${plain(value.div(wan), decimals + 4).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')} 万元`;
    case '亿元':
      return `${plain(value.times(wan), decimals - 4)} 万元 = ${plain(value.times(wan).times(wan), decimals - 8)} 元`;
    default:
      return undefined;
  }
}

function appendIdentities(ctx: Ctx, out: string[], span: Span): void {
  const { locale } = ctx;
  const ids = ctx.analysis.recon.at(span.start);
  out.push('');
  if (ids.length === 0) {
    out.push(localize(t('_未参与已核对的勾稽关系_', '_Takes part in no checked identity_'), locale));
    return;
  }
  out.push(`**${localize(t('勾稽关系', 'Identities'), locale)}**`);
  out.push('');
  for (const id of ids.slice(0, 12)) out.push(`- ${identityLine(id, span, locale)}`);
  if (ids.length > 12) out.push(`- … ${localize(t(`另有 ${ids.length - 12} 项`, `${ids.length - 12} more`), locale)}`);
}

function decimalsOf(id: Identity): number {
  return Math.max(2, ...[id.total, ...id.parts].map((p) => p.figure?.decimals ?? 0));
}

function termText(term: Term, hovered: Span, d: number): string {
  let s = term.figure && term.figure.value.equals(term.value) ? term.figure.text : term.value.toFixed(d);
  if (!term.figure) s = '0';
  return term.span.start <= hovered.start && hovered.start <= term.span.end ? `**${md(s)}**` : md(s);
}

const MAX_PARTS = 8;

/** One identity as `708.68 = 209.43 + 473.12 ✓`, `≈` for a rounding gap, `≠ … ✗` when broken. */
export function identityLine(id: Identity, hovered: Span, locale: Locale): string {
  const d = decimalsOf(id);
  const parts = id.parts.slice(0, MAX_PARTS).map((p) => termText(p, hovered, d));
  if (id.parts.length > MAX_PARTS) {
    const hiddenHovered = id.parts.slice(MAX_PARTS).find((p) => p.span.start <= hovered.start && hovered.start <= p.span.end);
    const count = localize(t(`（共 ${id.parts.length} 项）`, ` (${id.parts.length} parts)`), locale);
    parts.push(hiddenHovered ? `… ${termText(hiddenHovered, hovered, d)} …${count}` : `…${count}`);
  }
  const rhs = parts.length ? parts.join(' + ') : '0';
  const lhs = termText(id.total, hovered, d);
  let op: string;
  let mark: string;
  let note = '';
  const diff = id.diff.abs().toFixed(d);
  if (id.kind === 'atLeast') {
    op = id.status === 'broken' ? '<' : '≥';
    mark = id.status === 'broken' ? '✗' : '✓';
  } else if (id.status === 'ok') {
    op = '=';
    mark = '✓';
  } else if (id.status === 'rounding') {
    op = '≈';
    mark = '✓';
    note = localize(t(`（差 ${diff}，舍入误差内）`, ` (gap ${diff}, within rounding)`), locale);
  } else {
    op = '≠';
    mark = '✗';
    note = localize(
      t(`（计算值 ${id.computed.toFixed(d)}，差 ${id.diff.toFixed(d)}）`, ` (computed ${id.computed.toFixed(d)}, difference ${id.diff.toFixed(d)})`),
      locale,
    );
  }
  const desc = localize(id.description, locale);
  return `${md(desc)}${locale === 'en' ? ': ' : '：'}${lhs} ${op} ${rhs} ${mark}${note}`;
}

// ------------------------------------------------------------------------------------------------
// Classification codes

function codeHover(ctx: Ctx, code: string, printedName: string | undefined, scheme?: CatalogEntry['scheme'], candidates: CatalogEntry[] = []): string {
  const { locale, catalog, edition } = ctx;
  const c = normalizeCode(code);
  const entry = catalog.lookup(c, scheme ? { scheme } : {});
  const out: string[] = [];
  const editionLine = () => {
    const src =
      edition === undefined
        ? localize(t('未指定年度', 'no year given'), locale)
        : ctx.editionSource === 'setting'
          ? localize(t('（设置）', ' (setting)'), locale)
          : localize(t('（文档年度）', " (document's year)"), locale);
    return `${lbl('目录版本', 'Catalogue edition', locale)}${edition ?? ''}${src}`;
  };
  if (!entry) {
    out.push(`**${c}**`);
    out.push('');
    out.push(
      localize(
        t(`科目编码 ${c} 不在《政府收支分类科目》中`, `Code ${c} is not in the classification catalogue`),
        locale,
      ),
    );
    if (printedName) out.push('', `${lbl('文档所列名称', 'Name in the document', locale)}${md(printedName)}`);
    out.push('', '---', editionLine());
    return out.join('\n');
  }
  out.push(`**${entry.code} ${md(entry.name)}**`);
  out.push('');
  out.push(`${levelText(entry.level, locale)} · ${localize(SCHEME_NAMES[entry.scheme], locale)}`);
  out.push('');
  const chain = catalog.parentChain(entry);
  out.push(chain.map((e) => (e === entry ? `**${e.code} ${md(e.name)}**` : `${e.code} ${md(e.name)}`) + `（${e.level}）`).join(' › '));
  if (entry.explanation) {
    out.push('');
    const generic = entry.explanationGeneric ? localize(t('（通用说明）', ' (generic text)'), locale) : '';
    out.push(`${localize(t('说明', 'Explanation'), locale)}${generic}${locale === 'en' ? ': ' : '：'}${md(entry.explanation)}`);
  }
  if (printedName && printedName.trim() !== '') {
    const m = catalog.nameMatch(entry.code, printedName, edition, entry.scheme);
    if (m === 'former') {
      const f = entry.formerNames?.find((x) => normalizeName(x.name) === normalizeName(printedName));
      out.push('');
      out.push(
        localize(
          t(
            `文档所列名称“${md(printedName)}”是旧名称${f ? `（使用至 ${f.until} 年）` : ''}；目录名称：“${md(entry.name)}”`,
            `The document prints the former name "${md(printedName)}"${f ? ` (in use until ${f.until})` : ''}; catalogue name: "${md(entry.name)}"`,
          ),
          locale,
        ),
      );
    } else if (m === 'mismatch') {
      out.push('');
      out.push(
        localize(
          t(`⚠ 文档所列名称：“${md(printedName)}”；目录名称：“${md(entry.name)}”`, `⚠ Name in the document: "${md(printedName)}"; catalogue name: "${md(entry.name)}"`),
          locale,
        ),
      );
    }
  }
  if (edition !== undefined) {
    const st = catalog.entryStatus(entry.code, edition, entry.scheme);
    if (st === 'retired') {
      out.push('', localize(t(`⚠ 该科目 ${entry.until} 年后已停用，${edition} 年版目录中没有`, `⚠ Retired after ${entry.until}: not in the ${edition} edition`), locale));
    } else if (st === 'notYet') {
      out.push('', localize(t(`⚠ 该科目自 ${entry.since} 年起设立，${edition} 年版目录中尚无`, `⚠ Introduced in ${entry.since}: not yet in the ${edition} edition`), locale));
    }
  }
  const others = candidates.filter((e) => e !== entry);
  if (others.length) {
    out.push('');
    out.push(
      `${lbl('同名科目', 'Other codes with this name', locale)}${others.slice(0, 6).map((e) => e.code).join(', ')}${others.length > 6 ? ' …' : ''}`,
    );
  }
  out.push('', '---', `${editionLine()} · ${lbl('可信度', 'Confidence', locale)}${localize(CONFIDENCE[entry.confidence], locale)}`);
  return out.join('\n');
}

const nameIndexes = new WeakMap<Catalog, Map<string, CatalogEntry[]>>();

/** Catalogue entries by normalised name (built once per catalogue). */
export function entriesByName(catalog: Catalog, name: string): CatalogEntry[] {
  let idx = nameIndexes.get(catalog);
  if (!idx) {
    idx = new Map();
    for (const e of catalog.entries()) {
      const k = normalizeName(e.name);
      const list = idx.get(k);
      if (list) list.push(e);
      else idx.set(k, [e]);
    }
    nameIndexes.set(catalog, idx);
  }
  return idx.get(normalizeName(name)) ?? [];
}

const MARKER_RE = /[（(](类|款|项)[）)]/g;
const MAX_NAME = 40;

/** 类, 款 and 项 apart by spaces at the start of a line, followed by a space (pdftotext -layout rows). */
const SPLIT_CODE = /^(\s*)(\d{3}) {1,8}(\d{2})(?: {1,8}(\d{2}))?(?= )/;

/** A code or a `名称（项）` mention in prose at `offset`. */
function hoverCodeMention(ctx: Ctx, offset: number): Found | undefined {
  const lines = ctx.model.parsed.lines;
  const lineNo = ctx.model.lines.lineAt(offset);
  const line = lines[lineNo];
  if (!line || line.text.length > 20_000) return undefined;
  const text = normalizeChars(line.text);
  const col = offset - line.start;
  // Mentions of the form [code]名称（项）.
  const mentions = nameMentions(ctx, text);
  for (const m of mentions) {
    if (col >= m.start && col <= m.end) {
      return { value: codeHover(ctx, m.entry.code, m.printed, m.entry.scheme, m.candidates), span: { start: line.start + m.start, end: line.start + m.end } };
    }
  }
  // A code split by spaces at the start of a row of a space-aligned table: "201   06   01   行政运行".
  const split = SPLIT_CODE.exec(text);
  if (split) {
    const s = split[1].length;
    const e = split[0].length;
    const code = split[2] + split[3] + (split[4] ?? '');
    const entry = col >= s && col <= e ? ctx.catalog.lookup(code) : undefined;
    if (entry) {
      const printed = text.slice(e).trimStart().startsWith(entry.name) ? entry.name : undefined;
      return { value: codeHover(ctx, code, printed, entry.scheme), span: { start: line.start + s, end: line.start + e } };
    }
  }
  // A bare code: 5 or 7 digits (or 3 digits followed by the 类 name).
  const re = /\d+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (col < s || col > e) continue;
    const before = text[s - 1] ?? '';
    const after = text.slice(e, e + 2);
    if (/[\d.,]/.test(before) || /^(?:[.,]\d|%|年|月|日|元|万|亿|个|人|次|辆|台|平方)/.test(after)) return undefined;
    const code = m[0];
    if (code.length !== 3 && code.length !== 5 && code.length !== 7) return undefined;
    const entry = ctx.catalog.lookup(code);
    if (!entry) return undefined;
    const follow = text.slice(e).replace(/^\s+/, '');
    const printed = follow.startsWith(entry.name) ? entry.name : undefined;
    if (code.length === 3 && !printed) return undefined;
    return { value: codeHover(ctx, code, printed, entry.scheme), span: { start: line.start + s, end: line.start + e } };
  }
  return undefined;
}

interface Mention {
  start: number;
  end: number;
  entry: CatalogEntry;
  printed: string;
  candidates: CatalogEntry[];
}

const LEVEL_OF: Record<string, Level> = { 类: '类', 款: '款', 项: '项' };

function nameMentions(ctx: Ctx, text: string): Mention[] {
  const out: Mention[] = [];
  MARKER_RE.lastIndex = 0;
  let floor = 0;
  for (let m = MARKER_RE.exec(text); m; m = MARKER_RE.exec(text)) {
    const level = LEVEL_OF[m[1]];
    const markerEnd = m.index + m[0].length;
    let best: { start: number; entries: CatalogEntry[] } | undefined;
    for (let len = Math.min(MAX_NAME, m.index - floor); len >= 2; len--) {
      const cand = text.slice(m.index - len, m.index);
      const entries = entriesByName(ctx.catalog, cand).filter((e) => e.level === level);
      if (entries.length) {
        best = { start: m.index - len, entries };
        break;
      }
    }
    if (!best) {
      floor = markerEnd;
      continue;
    }
    let start = best.start;
    // A code printed right before the name picks the entry.
    const codeBefore = /(\d{3}(?:\d{2}){0,2})\s*$/.exec(text.slice(Math.max(floor, start - 12), start));
    let entry: CatalogEntry | undefined;
    if (codeBefore) {
      entry = best.entries.find((e) => e.code === codeBefore[1]);
      if (entry) start -= codeBefore[0].length;
    }
    // Otherwise the parent named earlier in the line, then codes the document's tables use.
    if (!entry && best.entries.length > 1) {
      const parents = out.map((x) => x.entry.code);
      entry = best.entries.find((e) => e.parent !== undefined && parents.includes(e.parent));
      if (!entry) {
        const used = new Set(ctx.model.tables.flatMap((tb) => tb.rows.map((r) => r.code?.code).filter((c): c is string => !!c)));
        entry = best.entries.find((e) => used.has(e.code));
      }
    }
    const ambiguous = !entry && best.entries.length > 1;
    entry ??= best.entries.find((e) => ctx.edition === undefined || ctx.catalog.isKnown(e.code, ctx.edition, e.scheme)) ?? best.entries[0];
    out.push({ start, end: markerEnd, entry, printed: text.slice(best.start, m.index), candidates: ambiguous ? best.entries : [] });
    floor = markerEnd;
  }
  return out;
}

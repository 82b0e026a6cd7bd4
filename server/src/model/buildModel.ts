import { parse } from '../syntax/parse';
import type { Block, HeadingBlock, ParseProblem, ParseResult, TocBlock } from '../syntax/types';
import { LineIndex } from '../util/lineIndex';
import { compact } from '../util/text';
import { buildSections, buildSentences } from './narrative';
import { buildTables, metaItems } from './tables';
import { kindSpec, TABLE_KINDS, type TableKindSpec } from './tableKinds';
import type { DisclosureModel, DocumentKind, OutlineNode, Section, Table } from './types';

/**
 * Text → typed document: tables by kind with Decimal cells, the section tree, sentences with their figures,
 * the table of contents and the outline. Never throws; what it cannot read it leaves out.
 */
export interface ModelOptions {
  /** Table kinds from a team's templates; tried before the built-in kinds. */
  readonly templates?: readonly TableKindSpec[];
}

export function buildModel(text: string, parsed: ParseResult = parse(text), options: ModelOptions = {}): DisclosureModel {
  // The parser has found every line start already; the index reuses them instead of scanning the text again.
  const lines = new LineIndex(text, parsed.text === text ? parsed.lines.map((l) => l.start) : undefined);
  try {
    const kinds = options.templates?.length ? [...options.templates, ...TABLE_KINDS] : TABLE_KINDS;
    return buildUnsafe(text, parsed, lines, kinds);
  } catch {
    return { text, lines, parsed, tables: [], toc: [], sections: [], sentences: [], outline: [] };
  }
}

function buildUnsafe(text: string, parsed: ParseResult, lines: LineIndex, kinds: readonly TableKindSpec[]): DisclosureModel {
  const { tables, titleBlocks } = buildTables(parsed.blocks, kinds);
  const toc = parsed.blocks.filter((b): b is TocBlock => b.kind === 'toc');
  const headings = parsed.blocks.filter(
    (b): b is HeadingBlock => b.kind === 'heading' && !titleBlocks.has(b) && metaItems(b.title).length === 0,
  );
  // Headings inside a table's extent (between its title and its last piece) are page furniture, not sections.
  const extents = tables.map((t) => t.span).sort((a, b) => a.start - b.start);
  const inTable = (b: Block) => {
    // Binary search for the last table starting before the block (tables do not nest).
    let lo = 0;
    let hi = extents.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (extents[mid].start < b.span.start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && b.span.start < extents[found].end;
  };
  const sectionHeadings = headings.filter((h) => !inTable(h));
  const sections = buildSections(sectionHeadings, text.length);
  const skip = new Set<Block>([...titleBlocks, ...parsed.blocks.filter((b) => inTable(b))]);
  const sentences = buildSentences(parsed.blocks, text, sections, skip, (offset) => lines.lineAt(offset));

  const years = new Map<number, number>();
  for (const t of tables) if (t.year) years.set(t.year.value, (years.get(t.year.value) ?? 0) + 1);
  let year = [...years.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const head = text.slice(0, 3000);
  const titleYear = /(20\d{2})\s*年\s*(?:度)?\s*(?:部门|单位)?(?:预算|决算)/.exec(head);
  if (year === undefined && titleYear) year = Number.parseInt(titleYear[1], 10);
  const kind = documentKind(head, tables);
  const orgTable = tables.find((t) => t.org);
  const org = orgTable?.org ? { ...(orgTable.org.code ? { code: orgTable.org.code } : {}), name: orgTable.org.name } : undefined;

  return {
    text,
    lines,
    parsed,
    ...(kind ? { kind } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(org ? { org } : {}),
    tables,
    toc,
    sections,
    sentences,
    outline: buildOutline(sections, tables, parsed.problems, text.length, kinds),
  };
}

function documentKind(head: string, tables: Table[]): DocumentKind | undefined {
  const h = compact(head);
  const settlement = /决算/.test(h) && !/预算信息公开|预算公开/.test(h);
  if (/绩效文本/.test(h) && !tables.some((t) => t.kind !== 'T12' && t.kind !== 'unknown')) return '绩效文本';
  // The standard tables' titles say best whose budget this is (部门预算收支总表 / 单位预算收支总表).
  const t = tables.find((x) => x.kind === 'T1') ?? tables.find((x) => /^(部门|单位)/.test(x.title));
  if (t && /^(部门|单位)/.test(t.title)) return `${t.title.slice(0, 2)}${settlement ? '决算' : '预算'}` as DocumentKind;
  const m = /(部门|单位)(预算|决算)/.exec(h);
  if (m) return `${m[1]}${m[2]}` as DocumentKind;
  return undefined;
}

/** Parts, sections and tables, nested by position: a table sits under the section it appears in. */
function buildOutline(
  sections: readonly Section[],
  tables: readonly Table[],
  problems: readonly ParseProblem[],
  textLength: number,
  kinds: readonly TableKindSpec[],
): OutlineNode[] {
  type Item = { level: number; node: OutlineNode & { children: OutlineNode[] }; start: number; end: number };
  const items: Item[] = [];
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      if (s.topic === 'TOC' && s.children.length === 0 && s.level > 1) continue;
      items.push({
        level: s.level,
        start: s.span.start,
        end: s.end,
        node: {
          name: `${s.numbering}${s.title}`.trim() || s.title,
          kind: s.level === 1 ? 'part' : 'section',
          span: { start: s.span.start, end: Math.max(s.span.end, s.end) },
          selectionSpan: s.titleSpan,
          children: [],
        },
      });
      walk(s.children);
    }
  };
  walk(sections);
  for (const t of tables) {
    const spec = t.kind === 'unknown' ? undefined : kindSpec(t.kind, kinds);
    const name = t.title || spec?.name || '表格';
    items.push({
      level: 100,
      start: t.span.start,
      end: t.span.end,
      node: {
        name,
        detail: [t.kind === 'unknown' ? '' : t.kind, t.unit?.value, t.year?.value].filter(Boolean).join(' · '),
        kind: 'table',
        span: t.span,
        selectionSpan: t.titleSpan ?? t.pieces[0].span,
        children: [],
      },
    });
  }
  for (const p of problems) {
    if (!p.layout) continue;
    const span = p.title ? { start: p.title.span.start, end: p.span.end } : p.span;
    items.push({
      level: 100,
      start: span.start,
      end: span.end,
      node: { name: p.title?.text ?? '', kind: 'table', span, selectionSpan: p.title?.span ?? p.span, children: [], unread: p.layout },
    });
  }
  items.sort((a, b) => a.start - b.start || a.level - b.level);
  const roots: OutlineNode[] = [];
  const stack: Item[] = [];
  for (const it of items) {
    while (stack.length && (stack[stack.length - 1].level >= it.level || stack[stack.length - 1].end <= it.start)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.node.children.push(it.node);
    else roots.push(it.node);
    // Every ancestor's range must hold its descendants' (LSP DocumentSymbol requires it).
    for (const a of stack) {
      const ps = a.node.span;
      if (it.node.span.end > ps.end) (a.node as { span: OutlineNode['span'] }).span = { start: ps.start, end: Math.min(textLength, it.node.span.end) };
    }
    if (it.level < 100) stack.push(it);
  }
  return roots;
}

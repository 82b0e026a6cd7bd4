import type { Block } from '../../syntax/types';
import { compact, stripMarkup } from '../../util/text';
import { allSections, headingKey } from '../narrative/common';
import { defineRule } from '../types';

/**
 * Where a 目录 ends: the first paragraph or table after the 目录 line (its entries are headings, contents lines
 * or blank). 0 when the document has no 目录.
 */
function contentsRegionEnd(blocks: readonly Block[]): number {
  const text = (b: Block | undefined) => (b?.kind === 'heading' ? compact(b.title) : b?.kind === 'paragraph' ? compact(b.text) : '');
  // "目录" on one line, or "目" and "录" on two (PDF exports letter-space the title).
  let at = blocks.findIndex((b) => /^目录$|信息公开目录$/.test(text(b)));
  if (at < 0) {
    at = blocks.findIndex((b, i) => text(b) === '目' && text(blocks[i + 1]) === '录');
    if (at >= 0) at++;
  }
  if (at < 0) return 0;
  const end = blocks.slice(at + 1).find((b) => b.kind === 'paragraph' || b.kind === 'table' || b.kind === 'note');
  return end ? end.span.start : 0;
}

const CHECKED = new Set(['N5.special', 'N5.projects', 'N5.whole', 'N6', 'N7', 'N8', 'N9']);

export default defineRule({
  id: 'C04',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '没有内容的说明章节应写明“无”或说明原因，不能只有标题',
    en: 'An empty narrative section must say 无 or give a reason; a bare heading is not enough',
  },
  messages: {
    empty: {
      'zh-CN': '“{title}”下没有任何内容，应写明“无”或说明原因',
      en: '"{title}" has no content; write 无 or give a reason',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const tables = m.tables.map((t) => t.span);
    const sections = allSections(m.sections);
    const contentsEnd = contentsRegionEnd(m.parsed.blocks);
    // The last start of each heading key, computed once (comparing every pair of sections is quadratic).
    let lastStart: Map<string, number> | undefined;
    // Heading blocks that follow a contents line directly: the contents' last entry, when the converter left its
    // page number off or put it on the next line, reads as a heading.
    const afterToc = new Set<number>();
    const blocks = m.parsed.blocks;
    for (let i = 1; i < blocks.length; i++) if (blocks[i].kind === 'heading' && blocks[i - 1].kind === 'toc') afterToc.add(blocks[i].span.start);
    for (const s of sections) {
      if (!s.topic || !CHECKED.has(s.topic) || s.children.length) continue;
      // A contents page printed without page numbers reads as a run of bare headings after 目录.
      if (s.span.start < contentsEnd) continue;
      if (afterToc.has(s.span.start)) continue;
      // A contents line with its page number or leader dots ("七、名词解释 ……… 15", "七、名词解释  15").
      if (/(?:[.．·…_]{2,}|\s{2,})\s*\d{1,3}\s*$/.test(m.text.slice(s.titleSpan.start, m.lines.lineEnd(m.lines.lineAt(s.titleSpan.start))))) continue;
      // The cheap tests first: most sections have a body or a table.
      const bodyStart = Math.max(s.titleSpan.end, m.lines.lineEnd(m.lines.lineAt(s.span.start)));
      const body = m.text.slice(bodyStart, s.end);
      if (/\S/.test(body.replace(/[*#_\-—=]+/g, ''))) continue;
      if (tables.some((t) => t.start >= s.span.start && t.start < s.end)) continue;
      // The same heading again further on: this one is a contents line.
      const key = headingKey(s.title);
      if (!lastStart) {
        lastStart = new Map();
        for (const o of sections) {
          const k = headingKey(o.title);
          lastStart.set(k, Math.max(lastStart.get(k) ?? -1, o.span.start));
        }
      }
      if ((lastStart.get(key) ?? -1) > s.span.start) continue;
      // A contents line: its title is printed again further on, though not read as a heading there.
      if (key.length >= 3 && compact(stripMarkup(m.text.slice(s.end))).includes(key)) continue;
      ctx.report('empty', s.titleSpan, { title: `${s.numbering}${s.title}`.trim() }, {
        fixes: [{ span: { start: bodyStart, end: bodyStart }, newText: '\n无', title: { 'zh-CN': '补写“无”', en: 'Add 无' } }],
      });
    }
  },
});

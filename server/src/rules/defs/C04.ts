import { compact, stripMarkup } from '../../util/text';
import { allSections, headingKey } from '../narrative/common';
import { defineRule } from '../types';

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
    for (const s of sections) {
      if (!s.topic || !CHECKED.has(s.topic) || s.children.length) continue;
      // The same heading again further on: this one is a contents line.
      if (sections.some((o) => o.span.start > s.span.start && headingKey(o.title) === headingKey(s.title))) continue;
      const bodyStart = Math.max(s.titleSpan.end, m.lines.lineEnd(m.lines.lineAt(s.span.start)));
      // A contents line: its title is printed again further on, though not read as a heading there.
      const key = headingKey(s.title);
      if (key.length >= 3 && compact(stripMarkup(m.text.slice(s.end))).includes(key)) continue;
      const body = m.text.slice(bodyStart, s.end);
      if (/\S/.test(body.replace(/[*#_\-—=]+/g, ''))) continue;
      if (tables.some((t) => t.start >= s.span.start && t.start < s.end)) continue;
      ctx.report('empty', s.titleSpan, { title: `${s.numbering}${s.title}`.trim() }, {
        fixes: [{ span: { start: bodyStart, end: bodyStart }, newText: '\n无', title: { 'zh-CN': '补写“无”', en: 'Add 无' } }],
      });
    }
  },
});

import { line1 } from '../narrative/common';
import { defineRule } from '../types';

export default defineRule({
  id: 'C02',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '没有数据的表格应列出空表并加以说明（如“无……预算，空表列示”）',
    en: 'A table with no data is still listed, with a note saying so',
  },
  messages: {
    noNote: {
      'zh-CN': '{title}为空表，但没有说明（如“注：无…预算，空表列示。”）',
      en: '{title} is empty but has no note explaining it',
    },
  },
  check(ctx) {
    const m = ctx.model;
    for (const t of m.tables) {
      if (!['T7', 'T8', 'T10'].includes(t.kind) || !t.empty) continue;
      if (t.notes.some((n) => /空表|无|没有|未安排/.test(n.value))) continue;
      // A note may also sit in the following lines as a paragraph.
      const after = m.text.slice(t.span.end, Math.min(m.text.length, t.span.end + 200));
      if (/空表列示|空表|无[^。\n]{0,20}预算/.test(after.split('\n').slice(0, 4).join('\n'))) continue;
      const span = t.titleSpan ?? t.pieces[0].span;
      ctx.report('noNote', span, { title: t.title || t.kind, line: line1(m, span.start) });
    }
  },
});

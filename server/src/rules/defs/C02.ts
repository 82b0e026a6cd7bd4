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
      // A note may also sit in the following lines as a paragraph, after blank lines, a page marker or a lone
      // 合计 row the converter left outside the table; it stops at the next heading or table title.
      if (noteFollows(m.text, t.span.end)) continue;
      const span = t.titleSpan ?? t.pieces[0].span;
      ctx.report('noNote', span, { title: t.title || t.kind, line: line1(m, span.start) });
    }
  },
});

/** The next few non-blank lines after a table (up to the next heading or table title) say it is empty. */
function noteFollows(text: string, from: number): boolean {
  const lines = text.slice(from, Math.min(text.length, from + 600)).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  for (const l of lines.slice(0, 5)) {
    if (/空表列示|空表|无[^。]{0,20}预算/.test(l)) return true;
    if (/^#|表$/.test(l) && !/^(?:合计|总计)$/.test(l)) return false;
  }
  return false;
}

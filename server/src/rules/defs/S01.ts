import { defineRule } from '../types';

/** A table whose title names no known kind: it is shown in the outline but no rule checks it. */
export default defineRule({
  id: 'S01',
  defaultSeverity: 'info',
  description: {
    'zh-CN': '无法识别的表格：标题不是已知的公开表名称，该表不参与核对',
    en: 'Unrecognized table: its title is not a known disclosure table, so no rule checks it',
  },
  messages: {
    unknown: {
      'zh-CN': '未识别的表格（{rows} 行）：前面没有可识别的表名，不参与勾稽核对',
      en: 'Unrecognized table ({rows} rows): no known table title precedes it, so it is not reconciled',
    },
  },
  check(ctx) {
    for (const t of ctx.model.tables) {
      if (t.kind !== 'unknown') continue;
      const span = t.pieces[0].span;
      ctx.report('unknown', { start: span.start, end: Math.min(span.end, ctx.model.lines.lineEnd(t.pieces[0].line)) }, {
        rows: t.rows.length + t.headerRows.length,
      });
    }
  },
});

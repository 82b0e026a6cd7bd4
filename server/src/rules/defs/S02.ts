import { defineRule } from '../types';

/** Input the parser had to work around: an HTML table that never closes, a table it cannot split into columns, binary bytes, a huge line. */
export default defineRule({
  id: 'S02',
  defaultSeverity: 'info',
  description: {
    'zh-CN': '文本结构异常：未闭合的表格、无法分列的表格（空格对齐、逐格排列或单空格分隔）、二进制内容或超长行，相关部分只按段落处理',
    en: 'Unreadable structure: an unclosed table, a table whose columns cannot be told apart (aligned with spaces, cells in reading order or joined by single spaces), binary content or an overlong line, read as plain paragraphs',
  },
  messages: {
    unclosedTable: { 'zh-CN': 'HTML 表格缺少 </table>，已读到文末', en: 'HTML table has no </table>; read to the end of the text' },
    binaryContent: { 'zh-CN': '文件含有大量控制字符，可能不是文本文件', en: 'The file holds many control characters; it may not be text' },
    lineTooLong: { 'zh-CN': '该行过长（{length} 字符），未解析其中的表格与标题', en: 'Line too long ({length} characters); no tables or headings read in it' },
    truncated: { 'zh-CN': '解析中断，已按段落处理：{detail}', en: 'Parsing stopped; read as paragraphs: {detail}' },
    rawTable: {
      'zh-CN': '此处的表格（{rows} 行）逐格排列、列位置已丢失（多由 PDF 转换而来），未参与勾稽核对；改用制表符分隔的表格即可核对',
      en: 'This table ({rows} lines) lists its cells one by one in reading order and has lost its columns (usually converted from PDF), so it is not reconciled. Use a tab-separated table to have it checked',
    },
    joinedTable: {
      'zh-CN': '此处的表格（{rows} 行）每行各格以单个空格相连、空格已省略（多由 PDF 复制而来），无法可靠分列，除科目层级与各行合计外未参与勾稽核对；改用制表符分隔的表格即可全部核对',
      en: 'This table ({rows} rows) joins the cells of each row with single spaces and drops the empty ones (usually copied from a PDF); its columns cannot be told apart reliably, so only its classification hierarchy and its row totals are checked and nothing else is reconciled. Use a tab-separated table to have it checked in full',
    },
    spacedTable: {
      'zh-CN': '此处的表格（{rows} 行）用空格对齐列（多由 PDF 转换而来），无法可靠分列，除科目层级与各行合计外未参与勾稽核对；改用制表符分隔的表格即可全部核对',
      en: 'This table ({rows} rows) aligns its columns with spaces (usually converted from PDF); its columns cannot be told apart reliably, so only its classification hierarchy and its row totals are checked and nothing else is reconciled. Use a tab-separated table to have it checked in full',
    },
  },
  check(ctx) {
    for (const p of ctx.model.parsed.problems) {
      // An unread table is marked on its first row only: a squiggle over a whole table hides it.
      const end = p.layout ? ctx.model.lines.lineEnd(ctx.model.lines.lineAt(p.span.start)) : Math.min(p.span.end, p.span.start + 200);
      ctx.report(p.code, { start: p.span.start, end }, { length: p.span.end - p.span.start, detail: p.detail ?? '', rows: p.rows ?? 0 });
    }
  },
});

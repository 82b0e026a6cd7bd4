import { defineRule } from '../types';

/** Input the parser had to work around: an HTML table that never closes, binary bytes, a huge line. */
export default defineRule({
  id: 'S02',
  defaultSeverity: 'info',
  description: {
    'zh-CN': '文本结构异常：未闭合的表格、二进制内容或超长行，相关部分只按段落处理',
    en: 'Unreadable structure: an unclosed table, binary content or an overlong line, read as plain paragraphs',
  },
  messages: {
    unclosedTable: { 'zh-CN': 'HTML 表格缺少 </table>，已读到文末', en: 'HTML table has no </table>; read to the end of the text' },
    binaryContent: { 'zh-CN': '文件含有大量控制字符，可能不是文本文件', en: 'The file holds many control characters; it may not be text' },
    lineTooLong: { 'zh-CN': '该行过长（{length} 字符），未解析其中的表格与标题', en: 'Line too long ({length} characters); no tables or headings read in it' },
    truncated: { 'zh-CN': '解析中断，已按段落处理：{detail}', en: 'Parsing stopped; read as paragraphs: {detail}' },
  },
  check(ctx) {
    for (const p of ctx.model.parsed.problems) {
      const end = Math.min(p.span.end, p.span.start + 200);
      ctx.report(p.code, { start: p.span.start, end }, { length: p.span.end - p.span.start, detail: p.detail ?? '' });
    }
  },
});

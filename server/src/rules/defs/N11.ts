import { defineRule } from '../types';

export default defineRule({
  id: 'N11',
  defaultSeverity: 'info',
  description: {
    'zh-CN': '文件类型用词一致：单位预算应称“单位”，不称“部门”',
    en: 'Document-type wording: a 单位预算 says 单位, not 部门',
  },
  messages: {
    word: {
      'zh-CN': '本文件为单位预算，文中写“{word}”，宜改为“{suggest}”',
      en: 'This is a 单位预算 but the text says "{word}"; consider "{suggest}"',
    },
  },
  check(ctx) {
    const m = ctx.model;
    if (m.kind !== '单位预算') return;
    for (const s of m.sentences) {
      if (!s.topic || !/^N[234]/.test(s.topic)) continue;
      const re = /(?:本|我)部门|部门预算/g;
      const text = m.text.slice(s.span.start, s.span.end);
      for (let x = re.exec(text); x; x = re.exec(text)) {
        const word = x[0];
        const suggest = word.replace('部门', '单位');
        const span = { start: s.span.start + x.index, end: s.span.start + x.index + word.length };
        ctx.report('word', span, { word, suggest }, { fixes: [{ span, newText: suggest, title: { 'zh-CN': `改为“${suggest}”`, en: `Change to "${suggest}"` } }] });
      }
    }
  },
});

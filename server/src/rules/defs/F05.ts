import { defineRule } from '../types';

export default defineRule({
  id: 'F05',
  defaultSeverity: 'info',
  description: {
    'zh-CN': '数字格式统一：保留两位小数，不使用千分位分隔符',
    en: 'Numbers are formatted consistently: two decimals, no thousands separators',
  },
  messages: {
    thousands: {
      'zh-CN': '数字“{text}”使用了千分位分隔符，其他数字未使用',
      en: 'The number "{text}" uses thousands separators; the others do not',
    },
  },
  check(ctx) {
    const m = ctx.model;
    // Only a minority is inconsistent: a document that separates thousands throughout is left alone.
    let withSep = 0;
    let without = 0;
    const count = (text: string) => {
      const intPart = text.replace(/^[+-]/, '').split('.')[0];
      if (intPart.includes(',')) withSep++;
      else if (intPart.length >= 4) without++;
    };
    for (const t of m.tables) for (const r of t.rows) for (const c of r.cells) if (c.amount) count(c.amount.text);
    for (const s of m.sentences) for (const a of s.amounts) count(a.figure.text);
    if (withSep === 0 || withSep > without) return;
    for (const t of m.tables) {
      for (const r of t.rows) {
        for (const c of r.cells) {
          if (!c.amount || !c.amount.text.includes(',')) continue;
          const raw = m.text.slice(c.span.start, c.span.end);
          const at = raw.indexOf(c.amount.text);
          const span = at >= 0 ? { start: c.span.start + at, end: c.span.start + at + c.amount.text.length } : c.span;
          const newText = c.amount.text.replace(/,/g, '');
          ctx.report('thousands', span, { text: c.amount.text }, {
            fixes: at >= 0 ? [{ span, newText, title: { 'zh-CN': `改为“${newText}”`, en: `Change to "${newText}"` } }] : [],
          });
        }
      }
    }
    for (const s of m.sentences) {
      for (const a of s.amounts) {
        if (!a.figure.text.includes(',')) continue;
        const newText = a.figure.text.replace(/,/g, '');
        ctx.report('thousands', a.figure.span, { text: a.figure.text }, {
          fixes: [{ span: a.figure.span, newText, title: { 'zh-CN': `改为“${newText}”`, en: `Change to "${newText}"` } }],
        });
      }
    }
  },
});

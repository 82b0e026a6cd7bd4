import { defineRule } from '../types';

/** Known label typos of the seeds and the Hebei template: pattern, correction. Extend this list, not the code. */
export const TYPOS: ReadonlyArray<{ re: RegExp; fix: string; note: string }> = [
  { re: /(?<=^|\t)档次(?=\t\s*1\t)/gm, fix: '栏次', note: '栏次' },
  { re: /\d+各(?=[ \t]*$|[，。；])/gm, fix: '个', note: '数量单位“个”' },
  { re: /ISO\s?4001(?!\d)/g, fix: 'ISO14001', note: 'ISO14001' },
  { re: /主要为；/g, fix: '主要为：', note: '冒号' },
];

export default defineRule({
  id: 'F06',
  defaultSeverity: 'info',
  description: {
    'zh-CN': '标签错字：如“档次”应为“栏次”，“1各”应为“1个”，“ISO4001”应为“ISO14001”',
    en: 'Label typos such as 档次 for 栏次, 1各 for 1个, ISO4001 for ISO14001',
  },
  messages: {
    typo: {
      'zh-CN': '疑似错字：“{found}”应为“{fix}”',
      en: 'Likely typo: "{found}" should read "{fix}"',
    },
  },
  check(ctx) {
    const text = ctx.model.text;
    for (const { re, fix } of TYPOS) {
      if (!fix) continue;
      re.lastIndex = 0;
      for (let x = re.exec(text); x; x = re.exec(text)) {
        const span = { start: x.index, end: x.index + x[0].length };
        const fixed = fix === '个' ? x[0].replace(/各$/, '个') : fix;
        ctx.report('typo', span, { found: x[0], fix: fixed }, { fixes: [{ span, newText: fixed, title: { 'zh-CN': `改为“${fixed}”`, en: `Change to "${fixed}"` } }] });
      }
    }
  },
});

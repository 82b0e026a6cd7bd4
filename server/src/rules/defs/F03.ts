import { defineRule } from '../types';

/** Template residue (RULES.md F03): instructions, font names, placeholders. Each pattern names what it finds. */
const PATTERNS: Array<[RegExp, string, string]> = [
  [/[（(][^（）()\n]{0,40}(?:=|＝|明细相加|请填写|填写说明|此处填|请在此)[^（）()\n]{0,60}[）)]/g, '模板填写说明', 'a template instruction'],
  [/(?:宋体|黑体|仿宋(?:_GB2312)?|楷体(?:_GB2312)?|微软雅黑|Times New Roman)(?=[\u4e00-\u9fa5：:，。]|$)/g, '字体名称', 'a font name'],
  [/(?<![A-Za-z])(?:XX+|xx+|××+|ＸＸ+|\*\*\*)(?![A-Za-z])(?=[\u4e00-\u9fa5万元%年月日，。；、]|$)/g, '占位符', 'a placeholder'],
  [/增加[（(]减少[）)]|减少[（(]增加[）)]|增长[（(]下降[）)]|下降[（(]增长[）)]|上升[（(]下降[）)]/g, '未选择的增减用词', 'an unresolved direction placeholder'],
  [/主要原因是[。；]|原因是[:：]?[。；]/g, '未填写原因', 'a missing reason'],
  [/[（(](?:增加内容|请填写[^）)]{0,20}|具体内容|填写内容|此处[^）)]{0,10})[）)]/g, '占位说明', 'a placeholder note'],
];

export default defineRule({
  id: 'F03',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '模板残留：说明文字中留有模板填写说明、字体名称、占位符等',
    en: 'Template residue: instructions, font names or placeholders left in the text',
  },
  messages: {
    residue: {
      'zh-CN': '模板残留（{what}）：“{text}”',
      en: 'Template residue ({whatEn}): "{text}"',
    },
  },
  check(ctx) {
    const m = ctx.model;
    // Only prose: headings and paragraphs outside tables.
    const blocks = m.parsed.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'note');
    for (const b of blocks) {
      const text = m.text.slice(b.span.start, b.span.end);
      for (const [re, zh, en] of PATTERNS) {
        re.lastIndex = 0;
        for (let x = re.exec(text); x; x = re.exec(text)) {
          const span = { start: b.span.start + x.index, end: b.span.start + x.index + x[0].length };
          ctx.report('residue', span, { what: zh, whatEn: en, text: x[0] }, {
            fixes: zh === '模板填写说明' || zh === '字体名称' ? [{ span, newText: '', title: { 'zh-CN': '删除', en: 'Delete' } }] : [],
          });
        }
      }
    }
  },
});

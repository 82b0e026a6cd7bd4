import { defineRule } from '../types';

/** Template residue (RULES.md F03): instructions, font names, placeholders. Each pattern names what it finds. */
const PATTERNS: Array<[RegExp, string, string]> = [
  [/[（(][^（）()\n]{0,40}(?:=|＝|明细相加|请填写|填写说明|此处填|请在此)[^（）()\n]{0,60}[）)]/g, '模板填写说明', 'a template instruction'],
  [/(?:宋体|黑体|仿宋(?:_GB2312)?|楷体(?:_GB2312)?|微软雅黑|Times New Roman)(?=[\u4e00-\u9fa5：:，。]|$)/g, '字体名称', 'a font name'],
  [/(?<![A-Za-z])(?:XX+|xx+|××+|ＸＸ+|\*\*\*)(?![A-Za-z])(?=[\u4e00-\u9fa5万元%年月日，。；、]|$)/g, '占位符', 'a placeholder'],
  // "增加（减少）", "下降（增长）", "增长（减少）", "增加（下降）"…: both directions left for the writer to choose.
  [/(?:增加|增长|上升|提高)[（(](?:减少|下降|降低)[）)]|(?:减少|下降|降低)[（(](?:增加|增长|上升|提高)[）)]/g, '未选择的增减用词', 'an unresolved direction placeholder'],
  [/主要原因是[。；]|原因是[:：]?[。；]/g, '未填写原因', 'a missing reason'],
  [/[（(](?:增加内容|新增内容|请填写[^）)]{0,20}|具体内容|填写内容|此处[^）)]{0,10})[）)]/g, '占位说明', 'a placeholder note'],
  // "（按“部门预算公开06表…”中实际发生经济分类支出事项填写）": how to fill the paragraph, left in.
  [/[（(](?:按|根据|参照|依据)[^（）()]{0,80}?(?:填写|填列|填报|列示)[）)]/g, '模板填写说明', 'a template instruction'],
  // "填列数应与《收支预算总表》收入数一致": the template's guidance to the writer, published as the explanation.
  [/(?:填列|填报|填写)(?:数|金额|数据|口径)?(?:应|须|需|要)与[^。；\n]{0,40}?(?:一致|相符|衔接|相等)/g, '模板填写说明', 'a template instruction'],
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
    const seen = new Set<string>();
    const find = (text: string, at: (i: number) => number) => {
      for (const [re, zh, en] of PATTERNS) {
        re.lastIndex = 0;
        for (let x = re.exec(text); x; x = re.exec(text)) {
          const span = { start: at(x.index), end: at(x.index + x[0].length - 1) + 1 };
          const key = `${span.start}:${span.end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          ctx.report('residue', span, { what: zh, whatEn: en, text: x[0] }, {
            fixes: zh === '模板填写说明' || zh === '字体名称' ? [{ span, newText: '', title: { 'zh-CN': '删除', en: 'Delete' } }] : [],
          });
        }
      }
    };
    // Prose as written (a placeholder wrapped over a line break, "增加（减⏎少）", is still one), then headings.
    for (const s of m.sentences) find(s.flat, (i) => s.flatAt(i));
    for (const b of m.parsed.blocks) {
      if (b.kind !== 'heading') continue;
      find(m.text.slice(b.span.start, b.span.end), (i) => b.span.start + i);
    }
  },
});

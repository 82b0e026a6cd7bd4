import { allSections, cnNumber, cnNumeral, headingKey } from '../narrative/common';
import { defineRule } from '../types';

/** Standard headings of the Hebei template, for spotting truncated ones ("预算项目绩效目"). */
const STANDARD = [
  '部门整体绩效目标', '专项资金绩效目标', '预算项目绩效目标', '部门项目预算安排情况及绩效目标', '部门主管专项资金预算安排情况及绩效目标',
  '部门职责及机构设置情况', '单位职责及机构设置情况', '部门预算安排的总体情况', '单位预算安排的总体情况', '机关运行经费安排情况',
  '财政拨款“三公”经费预算情况及增减变化原因', '预算绩效信息', '政府采购预算情况', '国有资产信息', '名词解释', '其他需要说明的事项',
  '收入说明', '支出说明', '比上年增减情况', '总体绩效目标', '分项绩效目标', '工作保障措施',
];

export default defineRule({
  id: 'N14',
  defaultSeverity: 'info',
  description: {
    'zh-CN': '章节编号连续、标题完整',
    en: 'Section numbering is continuous and headings are complete',
  },
  messages: {
    numbering: {
      'zh-CN': '章节编号“{found}”不连续：前一章为“{prev}”，应为“{expected}”',
      en: 'Section number "{found}" breaks the sequence after "{prev}"; expected "{expected}"',
    },
    gap: {
      'zh-CN': '章节编号从“{prev}”跳到“{found}”，缺少“{expected}”',
      en: 'Section numbering jumps from "{prev}" to "{found}"; "{expected}" is missing',
    },
    truncated: {
      'zh-CN': '标题“{found}”不完整，应为“{expected}”',
      en: 'Heading "{found}" is truncated; expected "{expected}"',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const heads = allSections(m.sections).filter((s) => s.topic !== 'TOC');
    // Sequences of 一、二、… : each new 一、 starts one; a number continues the latest sequence ending just below it.
    const seqs: Array<{ last: number; lastText: string }> = [];
    let lastCn: { seq: (typeof seqs)[number]; index: number } | undefined;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i];
      const cn = /^([一二三四五六七八九十]+)、$/.exec(h.numbering.trim());
      const ar = /^(\d+)[、.．]\s*$/.exec(h.numbering.trim());
      if (cn) {
        const v = cnNumber(cn[1])!;
        if (v === 1) {
          const seq = { last: 1, lastText: h.numbering };
          seqs.push(seq);
          lastCn = { seq, index: i };
          continue;
        }
        const cont = [...seqs].reverse().find((q) => q.last === v - 1);
        if (cont) {
          cont.last = v;
          cont.lastText = h.numbering;
          lastCn = { seq: cont, index: i };
          continue;
        }
        const prev = [...seqs].reverse().find((q) => q.last < v);
        if (prev) {
          ctx.report('gap', h.titleSpan.start > h.span.start ? { start: h.span.start, end: h.titleSpan.start } : h.span, {
            prev: prev.lastText.trim(), found: h.numbering.trim(), expected: `${cnNumeral(prev.last + 1)}、`,
          });
          prev.last = v;
          prev.lastText = h.numbering;
          lastCn = { seq: prev, index: i };
        } else {
          // A fragment that starts mid-way (三、 first): take it as the start of a sequence.
          const seq = { last: v, lastText: h.numbering };
          seqs.push(seq);
          lastCn = { seq, index: i };
        }
        continue;
      }
      if (ar && lastCn) {
        const n = Number.parseInt(ar[1], 10);
        // The first arabic heading after 四、 numbered 5、 and naming a chapter of its own: it should read 五、.
        const between = heads.slice(lastCn.index + 1, i).some((x) => /^\d+[、.．]/.test(x.numbering.trim()));
        if (!between && n === lastCn.seq.last + 1 && n > 1 && h.topic && /^N[5-9]$|^N5\./.test(h.topic)) {
          const expected = `${cnNumeral(n)}、`;
          const span = { start: h.span.start, end: h.titleSpan.start > h.span.start ? h.titleSpan.start : h.span.start + h.numbering.length };
          ctx.report('numbering', span, { found: h.numbering.trim(), prev: lastCn.seq.lastText.trim(), expected }, {
            fixes: [{ span, newText: expected, title: { 'zh-CN': `改为“${expected}”`, en: `Change to "${expected}"` } }],
          });
          lastCn.seq.last = n;
          lastCn.seq.lastText = expected;
        }
      }
    }
    for (const h of heads) {
      const key = headingKey(h.title);
      if (key.length < 4) continue;
      const std = STANDARD.find((s) => s !== key && s.startsWith(key) && s.length - key.length <= 2);
      if (std && !STANDARD.includes(key)) {
        ctx.report('truncated', h.titleSpan, { found: h.title.trim(), expected: std }, {
          fixes: [{ span: { start: h.titleSpan.end, end: h.titleSpan.end }, newText: std.slice(key.length), title: { 'zh-CN': `补全为“${std}”`, en: `Complete as "${std}"` } }],
        });
      }
    }
  },
});

import { allSections, sentencesOf } from '../narrative/common';
import { defineRule } from '../types';

const PARTS: Array<[RegExp, string, string]> = [
  [/出国|出境/, '因公出国（境）费', 'travel abroad'],
  [/(?:公务用?车|车辆)购置/, '公务用车购置费', 'vehicle purchase'],
  [/运行(?:维护|维修)?费|运维费|车辆运行/, '公务用车运行维护费', 'vehicle running'],
  [/公务接待/, '公务接待费', 'official reception'],
  [/增加|减少|增长|下降|持平|增减|变化|一致|相同|不变/, '增减变化', 'the change'],
  [/原因|由于|因为|主要是|主要为/, '增减原因', 'the reason'],
];

export default defineRule({
  id: 'C05',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '“三公”经费说明应包括总额、各分项、增减变化及原因',
    en: 'The “三公” narrative states the total, each item, and the change with its reason',
  },
  messages: {
    missing: {
      'zh-CN': '“三公”经费说明未说明：{parts}',
      en: 'The “三公” narrative does not state: {partsEn}',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const sentences = sentencesOf(m, 'N4');
    // Headings of a table list or TOC that mention 三公 carry no narrative: nothing to check.
    if (!sentences.some((s) => s.amounts.length)) return;
    const first = sentences.find((s) => s.amounts.length)!;
    const sec = allSections(m.sections).filter((s) => s.topic === 'N4' && s.span.start <= first.span.start).pop();
    if (!sec) return;
    // The section's own words, without its heading (which itself says 增减变化原因).
    const text = m.text.slice(Math.max(sec.titleSpan.end, m.lines.lineEnd(m.lines.lineAt(sec.span.start))), sec.end);
    // Everything 持平: there is no change to explain.
    const changed = /增加|减少|增长|下降/.test(text);
    const missing = PARTS.filter(([re, zh]) => !re.test(text) && (zh !== '增减原因' || changed));
    const hasTotal = sentences.some((s) => s.amounts.some((a) => /三公|合计|总额|共计/.test(a.label) || /三公/.test(s.text)));
    const zh = [...(hasTotal ? [] : ['总额']), ...missing.map((p) => p[1])];
    const en = [...(hasTotal ? [] : ['the total']), ...missing.map((p) => p[2])];
    if (zh.length) ctx.report('missing', sec.titleSpan, { parts: zh.join('、'), partsEn: en.join(', ') });
  },
});

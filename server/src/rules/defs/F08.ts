import { line1 } from '../narrative/common';
import { compact } from '../../util/text';
import type { Span } from '../../util/span';
import { defineRule } from '../types';

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient on character bigrams: 1 for identical texts. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let common = 0;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  const total = Math.max(1, a.length - 1) + Math.max(1, b.length - 1);
  return (2 * common) / total;
}

/** The same paragraph twice in a row, once in template wording and once adapted (002 L1754/L1755). */
export default defineRule({
  id: 'F08',
  defaultSeverity: 'info',
  description: {
    'zh-CN': '相邻段落内容重复（如模板原文与改写后的段落同时保留）',
    en: 'Adjacent paragraphs repeat each other (e.g. the template paragraph kept beside its adapted version)',
  },
  messages: {
    duplicate: {
      'zh-CN': '本段与上一段（第 {line} 行）内容基本重复，应只保留一段',
      en: 'This paragraph repeats the one before it (line {line}); keep one',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const blocks = m.parsed.blocks;
    const topics = new Map<number, string>();
    for (const s of m.sentences) if (s.topic) topics.set(s.line, s.topic);
    const inNarrative = (offset: number) => /^N[1-46-9]/.test(topics.get(m.lines.lineAt(offset)) ?? '');
    // Paragraphs as written: lines a PDF converter wrapped (a line that ends without 。！？ followed by the next
    // line) are one paragraph, so a paragraph pasted twice is compared whole and the halves of one are not two.
    // `adjacent`: nothing but the line break between this paragraph and the one before (no heading, no table).
    const paras: Array<Span & { lines: number; adjacent: boolean }> = [];
    let prevLine = -2;
    let broken = true;
    for (const b of blocks) {
      if (b.kind !== 'paragraph') {
        prevLine = -2;
        broken = true;
        continue;
      }
      const last = paras[paras.length - 1];
      if (last && !broken && b.line === prevLine + 1 && !/[。！？!?]\s*$/.test(m.text.slice(last.start, last.end))) {
        paras[paras.length - 1] = { start: last.start, end: b.span.end, lines: last.lines + 1, adjacent: last.adjacent };
      } else paras.push({ start: b.span.start, end: b.span.end, lines: 1, adjacent: !broken && b.line <= prevLine + 2 });
      prevLine = m.lines.lineAt(b.span.end);
      broken = false;
    }
    for (let i = 1; i < paras.length; i++) {
      const a = paras[i - 1];
      const b = paras[i];
      if (!b.adjacent) continue;
      const ta = compact(m.text.slice(a.start, a.end));
      const tb = compact(m.text.slice(b.start, b.end));
      // Prose of the budget narrative only (sentences ending in 。), not table text or target lists.
      if (ta.length < 30 || tb.length < 30 || !ta.includes('。') || !tb.includes('。')) continue;
      if (!inNarrative(a.start) || !inNarrative(b.start)) continue;
      // Compare the shorter paragraph with the same length of the longer one's start.
      const n = Math.min(ta.length, tb.length);
      // Parallel paragraphs of a template (车辆 held / 车辆 to buy, 会议费 / 培训费) share most of their words: a
      // paragraph of several lines is a repeat only when nearly all of it is repeated.
      if (similarity(ta.slice(0, n), tb.slice(0, n)) < (a.lines > 1 || b.lines > 1 ? 0.9 : 0.75)) continue;
      ctx.report('duplicate', { start: b.start, end: Math.min(b.end, m.lines.lineEnd(m.lines.lineAt(b.start))) }, { line: line1(m, a.start) }, {
        related: [{ span: a, message: { 'zh-CN': '上一段', en: 'The paragraph before' } }],
      });
    }
  },
});

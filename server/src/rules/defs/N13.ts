import { allSections, headingKey, lcs, line1, MAX_FUZZY_NAMES } from '../narrative/common';
import type { Span } from '../../util/span';
import { compact, stripMarkup } from '../../util/text';
import { defineRule } from '../types';

/** A TOC entry naming the whole set of tables, not one table: 部门预算表, 2025年单位预算公开表格. */
const TABLE_GROUP = /^(?:\d{4}年度?)?(?:部门|单位)?(?:预算|决算)(?:公开)?表格?$/;

export default defineRule({
  id: 'N13',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '目录中的每一项都应在正文中有文字相同的标题',
    en: 'Every table-of-contents entry must appear as a heading with the same text',
  },
  messages: {
    differs: {
      'zh-CN': '目录“{toc}”与正文标题“{heading}”（第 {line} 行）不一致',
      en: 'TOC entry "{toc}" differs from the heading "{heading}" (line {line})',
    },
    missing: {
      'zh-CN': '目录“{toc}”在正文中找不到对应标题',
      en: 'TOC entry "{toc}" has no matching heading',
    },
    order: {
      'zh-CN': '目录“{toc}”的顺序与正文不一致：正文中该标题（第 {line} 行）位于上一目录项之前',
      en: 'TOC entry "{toc}" is out of order: its heading (line {line}) comes before the previous entry\'s',
    },
  },
  check(ctx) {
    const m = ctx.model;
    if (!m.toc.length) return;
    const lineText = (span: Span) => {
      const l = m.lines.lineAt(span.start);
      return m.text.slice(m.lines.lineEnd(l - 1 >= 0 ? l - 1 : 0) + (l > 0 ? 1 : 0), m.lines.lineEnd(l)).trim();
    };
    const numberOf = (s: string) => /^\s*(?:\*\*|#+\s*)?(\d+|[一二三四五六七八九十]+)[.、．]/.exec(s)?.[1];
    type Cand = { key: string; text: string; span: Span; num?: string };
    const cands: Cand[] = [];
    const tocLines = new Set(m.toc.map((t) => t.line));
    for (const s of allSections(m.sections)) {
      if (tocLines.has(s.line)) continue;
      cands.push({ key: headingKey(`${s.numbering}${s.title}`), text: `${s.numbering}${s.title}`, span: s.titleSpan, num: numberOf(s.numbering) });
    }
    for (const t of m.tables) {
      if (!t.title || !t.titleSpan) continue;
      const raw = lineText(t.titleSpan);
      cands.push({ key: headingKey(t.title), text: t.title, span: t.titleSpan, num: numberOf(raw) });
    }
    const keys = new Set(cands.map((c) => c.key));
    const lastToc = m.toc[m.toc.length - 1].span.end;
    const bodyKey = compact(stripMarkup(m.text.slice(lastToc))).replace(/[()]/g, (c) => (c === '(' ? '（' : '）')).replace(/[“”"]/g, '');
    // A centred heading that names its unit, "…办事处（部门）主要职能", prints the TOC's "部门主要职能" with brackets.
    const bodyBare = bodyKey.replace(/[（）]/g, '');
    // A TOC entry for the whole set of tables ("五、部门预算表") has no heading of its own: the tables are its body.
    const tablesAfterToc = m.tables.filter((t) => t.kind !== 'unknown' && t.span.start > lastToc).length;
    // "部门主要职能" in the TOC, "上海市普陀区财政局主要职能" as the heading: 部门 stands for the unit's name. The
    // heading is a short line of its own that ends with the rest of the entry.
    let shortLines: string | undefined;
    const namedForUnit = (key: string): boolean => {
      const rest = /^(?:部门|单位)(.{3,})$/.exec(key.replace(/[（）]/g, ''))?.[1];
      if (!rest) return false;
      if (shortLines === undefined) {
        const out: string[] = [];
        for (let l = m.lines.lineAt(lastToc) + 1; l < m.lines.lineCount; l++) {
          const start = m.lines.starts[l];
          const end = m.lines.lineEnd(l);
          if (end - start > 120) continue;
          const k = headingKey(m.text.slice(start, end)).replace(/[（）]/g, '');
          if (k.length > 0 && k.length <= 40) out.push(k);
        }
        shortLines = `\n${out.join('\n')}\n`;
      }
      return shortLines.includes(`${rest}\n`);
    };
    // Order: each entry's heading (the first match after the previous one's) comes later in the body.
    let prevAt = -1;
    const byKey = new Map<string, number[]>();
    for (const c of cands) {
      const list = byKey.get(c.key);
      if (list) list.push(c.span.start);
      else byKey.set(c.key, [c.span.start]);
    }
    for (const list of byKey.values()) list.sort((a, b) => a - b);
    for (const entry of m.toc) {
      const key = headingKey(entry.title);
      const hits = byKey.get(key) ?? [];
      if (!hits.length) continue;
      const next = hits.find((h) => h > prevAt);
      if (next === undefined) {
        ctx.report('order', entry.titleSpan, { toc: entry.title.trim(), line: line1(m, hits[0]) });
        continue;
      }
      prevAt = next;
    }
    for (const entry of m.toc.slice(0, MAX_FUZZY_NAMES)) {
      const key = headingKey(entry.title);
      if (key.length < 2 || keys.has(key)) continue;
      const num = numberOf(entry.title);
      let best: Cand | undefined;
      let score = 0;
      for (const c of cands.slice(0, MAX_FUZZY_NAMES * 4)) {
        const l = lcs(key, c.key);
        const sc = l / Math.max(key.length, c.key.length) + (num && c.num === num ? 0.2 : 0);
        if (sc > score) {
          score = sc;
          best = c;
        }
      }
      if (best && score >= 0.6) {
        ctx.report('differs', entry.titleSpan, { toc: entry.title.trim(), heading: best.text.trim(), line: line1(m, best.span.start) }, {
          related: [{ span: best.span, message: { 'zh-CN': `正文标题：${best.text.trim()}`, en: `Heading: ${best.text.trim()}` } }],
        });
      } else if (
        !bodyKey.includes(key) &&
        !bodyBare.includes(key.replace(/[（）]/g, '')) &&
        !(TABLE_GROUP.test(key) && tablesAfterToc >= 2) &&
        !namedForUnit(key)
      ) {
        ctx.report('missing', entry.titleSpan, { toc: entry.title.trim() });
      }
    }
  },
});

import { isFullBudget } from '../narrative/common';
import { defineRule } from '../types';

const NAMES: Record<string, string> = {
  T1: '收支总表', T2: '收入总表', T3: '支出总表', T4: '财政拨款收支总表', T5: '一般公共预算财政拨款支出表',
  T6: '一般公共预算财政拨款基本支出表', T7: '政府性基金预算财政拨款支出表', T8: '国有资本经营预算财政拨款支出表', T9: '财政拨款“三公”经费支出表',
};

export default defineRule({
  id: 'C01',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '九张标准公开表（T1–T9）均应公开，无数据的也要列空表',
    en: 'All nine standard tables (T1–T9) are published, empty ones included',
  },
  messages: {
    missing: {
      'zh-CN': '缺少标准公开表：{names}',
      en: 'Standard tables missing: {names}',
    },
  },
  check(ctx) {
    const m = ctx.model;
    if (!isFullBudget(m)) return;
    // Tables that print no 栏次 row follow another region's template (a PDF's 财务收支预算总表 …), whose mandatory
    // tables and topics are not the ones listed here: say nothing rather than report them all missing.
    if (m.tables.some((t) => /^T[1-9]$/.test(t.kind) && !t.lanciRow && t.rows.length > 0)) return;
    const kinds = new Set(m.tables.map((t) => t.kind));
    const missing = Object.keys(NAMES).filter((k) => !kinds.has(k as never));
    if (!missing.length) return;
    const first = m.tables.find((t) => t.kind !== 'unknown' && t.titleSpan);
    const span = first?.titleSpan ?? { start: 0, end: Math.min(m.text.length, m.lines.lineEnd(0)) };
    ctx.report('missing', span, { names: missing.map((k) => NAMES[k]).join('、') });
  },
});

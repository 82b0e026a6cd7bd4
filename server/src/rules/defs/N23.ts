import type { Table, TableKindId } from '../../model/types';
import { intervalOf, intervalsMeet, type Interval } from '../../util/decimal';
import { cellAt, colByRole, flatBetween, line1, printLike, replaceFix, rowWhere, tableOf, unitFactor, cellVal } from '../narrative/common';
import { defineRule } from '../types';

/**
 * Totals the text states, and where the tables print them: the table kind, the side (income or expenditure
 * column, with its label column) and the row.
 */
const TOTALS: Array<{ words: RegExp; kind: TableKindId; value: string; label: string; row: RegExp; zh: string; en: string }> = [
  { words: /财政拨款(?:收入支出|收支)(?:预算|决算)?总计$/, kind: 'T4', value: 'income', label: 'incomeLabel', row: /^(?:收入)?总计$/, zh: '财政拨款收支总表 收入总计', en: '“财政拨款收支总表 收入总计”' },
  { words: /财政拨款收入(?:预算|决算)?总计$/, kind: 'T4', value: 'income', label: 'incomeLabel', row: /^(?:收入)?总计$/, zh: '财政拨款收支总表 收入总计', en: '“财政拨款收支总表 收入总计”' },
  { words: /财政拨款支出(?:预算|决算)?总计$/, kind: 'T4', value: 'total', label: 'expenseLabel', row: /^(?:支出)?总计$/, zh: '财政拨款收支总表 支出总计', en: '“财政拨款收支总表 支出总计”' },
  { words: /(?:^|[^款])(?:收入支出|收支)(?:预算|决算)?总计$/, kind: 'T1', value: 'income', label: 'incomeLabel', row: /^收入总计$/, zh: '收支总表 收入总计', en: '“收支总表 收入总计”' },
  { words: /(?:^|[^款])收入(?:预算|决算)?总计$/, kind: 'T1', value: 'income', label: 'incomeLabel', row: /^收入总计$/, zh: '收支总表 收入总计', en: '“收支总表 收入总计”' },
  { words: /(?:^|[^款])支出(?:预算|决算)?总计$/, kind: 'T1', value: 'expense', label: 'expenseLabel', row: /^支出总计$/, zh: '收支总表 支出总计', en: '“收支总表 支出总计”' },
  { words: /本年收入(?:预算|决算)?合计$/, kind: 'T1', value: 'income', label: 'incomeLabel', row: /^本年收入合计$/, zh: '收支总表 本年收入合计', en: '“收支总表 本年收入合计”' },
  { words: /本年支出(?:预算|决算)?合计$/, kind: 'T1', value: 'expense', label: 'expenseLabel', row: /^本年支出合计$/, zh: '收支总表 本年支出合计', en: '“收支总表 本年支出合计”' },
];

/** Totals stated anywhere in the text (收入/支出总计, 财政拨款收入支出总计, 本年收入合计 …) against the tables that print them. */
export default defineRule({
  id: 'N23',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '正文中任何位置写出的收支总计、财政拨款收支总计、本年收入/支出合计应与收支总表、财政拨款收支总表一致',
    en: 'Totals stated anywhere in the text (收支总计, 财政拨款收支总计, 本年收入/支出合计) must equal the summary tables',
  },
  messages: {
    total: {
      'zh-CN': '文中“{words}”{stated} 与{what} {table}（第 {line} 行）不一致',
      en: '"{words}" {stated} in the text differs from {whatEn} {table} (line {line})',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const cache = new Map<string, { t: Table; cell: ReturnType<typeof cellAt>; iv: Interval } | null>();
    const lookup = (spec: (typeof TOTALS)[number]) => {
      const key = `${spec.kind}:${spec.row.source}:${spec.value}`;
      if (cache.has(key)) return cache.get(key);
      const t = tableOf(m, spec.kind);
      const col = t && colByRole(t, spec.value);
      const row = t && col !== undefined ? rowWhere(t, spec.row, colByRole(t, spec.label)) ?? rowWhere(t, spec.row) : undefined;
      const cell = row ? cellAt(row, col) : undefined;
      const hit = t && cell?.amount ? { t, cell, iv: intervalOf(cell.amount, unitFactor(t.unit?.value ?? '万元')) } : null;
      cache.set(key, hit);
      return hit;
    };
    for (const s of m.sentences) {
      if (s.topic === 'TOC') continue;
      let prevEnd = s.span.start;
      for (const a of s.amounts) {
        const words = (flatBetween(s, prevEnd, a.figure.span.start).split(/[，,；;：:。、（）()“”]/).pop() ?? '').replace(/(?:为|是|共|达)$/, '');
        prevEnd = a.span.end;
        const spec = TOTALS.find((x) => x.words.test(words));
        if (!spec) continue;
        const hit = lookup(spec);
        if (!hit) continue;
        if (intervalsMeet(intervalOf(a.figure, unitFactor(a.unit)), hit.iv)) continue;
        const v = cellVal(hit.t, hit.cell);
        ctx.report(
          'total',
          a.figure.span,
          { words: words.replace(/^\d{4}年度?/, ''), stated: `${a.figure.text}${a.unit}`, what: spec.zh, whatEn: spec.en, table: hit.cell!.text, line: line1(m, hit.cell!.span.start) },
          {
            related: [{ span: hit.cell!.span, message: { 'zh-CN': `${spec.zh}：${hit.cell!.text}`, en: `${spec.en}: ${hit.cell!.text}` } }],
            fixes: [replaceFix(a.figure.span, printLike(a, v, (hit.t.unit?.value ?? '万元') === '万元' ? hit.cell : undefined))],
          },
        );
      }
    }
  },
});

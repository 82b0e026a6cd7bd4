import type { Table } from '../../model/types';
import { compact } from '../../util/text';
import { line1 } from '../narrative/common';
import { defineRule } from '../types';

/** "故本表为空表", "本表无数据", "此表为空表", "《政府性基金预算财政拨款支出表》为空表": a table called empty. */
const CALLED_EMPTY = /(?:本|该|此)表(?:为|是)?空表|(?:本|该|此)表无(?:数据|内容)|为空表|空表列示/;
/** The table a sentence names: 政府性基金 / 国有资本经营 / “三公” tables by the words of their titles. */
const NAMED: Array<[RegExp, RegExp]> = [
  [/政府性?基金/, /政府性?基金/],
  [/国有资本经营/, /国有资本经营/],
  [/三公/, /三公/],
];

function hasFigures(t: Table): boolean {
  return t.rows.some((r) => r.cells.some((c) => c.amount && !c.amount.value.isZero()));
}

/** A table said to be empty must be: no non-zero figure in it (RULES.md C: a note that contradicts its table). */
export default defineRule({
  id: 'C13',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '写明“本表为空表”的表格不应有数字；说明中称为空表的表格应确实为空',
    en: 'A table noted as empty ("本表为空表") must hold no figures, and an explanation must not call a table empty when it is not',
  },
  messages: {
    notEmpty: {
      'zh-CN': '此处称“{table}”为空表，但该表列有金额（如第 {line} 行 {figure}）',
      en: '"{table}" is called empty here, but it holds figures (e.g. {figure} on line {line})',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const tables = [...m.tables].sort((a, b) => a.span.start - b.span.start);
    for (const s of m.sentences) {
      if (!CALLED_EMPTY.test(s.flat)) continue;
      // The table named in the sentence, else the one the note stands under (it ends at most 3 lines above).
      let target: Table | undefined;
      const named = NAMED.find(([re]) => re.test(compact(s.flat)));
      if (named && !/^注|本表|该表|此表/.test(s.flat.replace(/^[\s:：]+/, '').slice(0, 6)) ) {
        target = tables.find((t) => named[1].test(compact(t.title)));
      }
      if (!target) {
        const line = m.lines.lineAt(s.span.start);
        target = [...tables].reverse().find((t) => t.span.start <= s.span.start && m.lines.lineAt(t.span.end) >= line - 3);
        // A note naming another kind of table than the one above it is not about that table.
        if (target && named && !named[1].test(compact(target.title))) target = undefined;
      }
      if (!target || !hasFigures(target)) continue;
      const cell = target.rows.flatMap((r) => r.cells).find((c) => c.amount && !c.amount.value.isZero())!;
      ctx.report('notEmpty', s.span, { table: target.title, figure: cell.text, line: line1(m, cell.span.start) }, {
        related: [{ span: cell.span, message: { 'zh-CN': `表中金额 ${cell.text}`, en: `A figure of the table: ${cell.text}` } }],
      });
    }
  },
});

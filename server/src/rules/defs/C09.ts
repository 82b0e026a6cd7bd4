import { compact } from '../../util/text';
import { defineRule } from '../types';

/**
 * RULES.md C09: when 机构设置 lists more than one budget unit, the 所属单位 budgets are published too (财预〔2021〕29号
 * asks for full coverage from 2022), or the document says where. The text alone cannot confirm it: information.
 */
export default defineRule({
  id: 'C09',
  defaultSeverity: 'info',
  description: {
    'zh-CN': '机构设置列出多个预算单位时，应同时公开所属单位预算或说明公开位置',
    en: 'When the organisation lists several budget units, their own budgets should be published too, or the document should say where',
  },
  messages: {
    units: {
      'zh-CN': '机构设置列出 {count} 个预算单位（{names}），本文件只含部门预算，未说明所属单位预算的公开位置',
      en: 'The organisation lists {count} budget units ({names}); this file holds only the department budget and does not say where the units’ budgets are published',
    },
  },
  check(ctx) {
    const m = ctx.model;
    if (m.kind !== '部门预算') return;
    // Whether the text says where the units' budgets are: read once, only when a table asks.
    let saysWhere: boolean | undefined;
    // The 机构设置 table: an unrecognized table whose first row starts with 单位名称.
    for (const t of m.tables) {
      if (t.kind !== 'unknown') continue;
      const rows = [...t.headerRows, ...t.rows];
      const head = rows.findIndex((r) => compact(r.cells.find((c) => c.text)?.text ?? '') === '单位名称');
      if (head < 0) continue;
      const units = rows.slice(head + 1).map((r) => r.cells.find((c) => c.text)?.text ?? '').filter((n) => n.length >= 2);
      if (units.length < 2) continue;
      saysWhere ??= /所属单位预算|单位预算公开|(下属|所属)单位.{0,12}(公开|详见|另行)/.test(compact(m.text));
      if (saysWhere) continue;
      ctx.report('units', t.pieces[0].span, { count: units.length, names: units.slice(0, 3).join('、') });
    }
  },
});

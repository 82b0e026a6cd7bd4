import { bareLabel } from '../../reconcile/identities/common';
import { defineRule } from '../types';

/** Project names compared without numbering, quotes, brackets and the table suffix. */
function norm(s: string): string {
  return bareLabel(s.replace(/\s+/g, ''))
    .replace(/绩效目标(申报)?表$/, '')
    .replace(/[“”"'‘’《》〈〉()（）\[\]【】·、，,。.:：\-—_]/g, '');
}

/** RULES.md X14: every project of the 政府采购预算表 is a project of the document (its 绩效目标表). */
export default defineRule({
  id: 'X14',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '政府采购预算表所列项目应在项目绩效目标表中出现',
    en: 'Projects in the procurement table should appear among the project performance tables',
  },
  messages: {
    unknownProject: {
      'zh-CN': '政府采购项目“{project}”不在本文件的项目绩效目标表中（共 {count} 个项目）',
      en: 'Procurement project “{project}” is not among the {count} project performance tables of this document',
    },
  },
  check(ctx) {
    const projects = ctx.model.tables
      .filter((t) => t.kind === 'T12')
      .flatMap((t) => [t.title, t.performance?.projectName?.value ?? ''])
      .map(norm)
      .filter((s) => s.length >= 2);
    if (projects.length === 0) return;
    const count = ctx.model.tables.filter((t) => t.kind === 'T12').length;
    for (const t of ctx.model.tables) {
      if (t.kind !== 'T10') continue;
      const pc = t.columns.find((c) => c.role === 'project')?.index ?? 0;
      for (const r of t.rows) {
        const cell = r.cells[pc];
        if (!cell || cell.amount || !cell.text.trim()) continue;
        const name = norm(cell.text);
        if (name.length < 2 || /(合计|小计|总计)$/.test(name)) continue;
        if (!r.cells.some((c) => c.col !== pc && c.amount && !c.amount.value.isZero())) continue;
        if (projects.some((p) => p.includes(name) || name.includes(p))) continue;
        ctx.report('unknownProject', cell.span, { project: cell.text.trim(), count });
      }
    }
  },
});

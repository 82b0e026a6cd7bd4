import { analyze } from '../../server/src/rules/analyze';
import { codeRules } from '../../server/src/rules/codeRules';
import type { Catalog } from '../../server/src/catalog';

/** A 支出总表 (T3) with 序号 and the given rows (code, name, amounts), tab-separated: the hover tests' fixture. */
export { t3Table as t3 } from '../features/fixtures';

/** A 基本支出表 (T6), economic classification. */
export function t6(rows: string[], year = 2023): string {
  return [
    '部门预算一般公共预算财政拨款基本支出表',
    `预算年度：${year}`,
    '单位：万元',
    '序号\t科目编码\t科目名称\t合计\t人员经费\t公用经费',
    ...rows.map((r, i) => `${i + 1}\t${r}`),
    '',
  ].join('\n');
}

/** Findings of the K rules only, as `rule line: message`. */
export function kFindings(text: string, opts: { catalog?: Catalog; edition?: number } = {}) {
  const a = analyze(text, { rules: codeRules, ...opts });
  if (a.failures.length) throw new Error(JSON.stringify(a.failures));
  return a.findings.map((f) => ({ ...f, line: a.model.lines.lineAt(f.span.start) + 1, text: text.slice(f.span.start, f.span.end) }));
}

const HEAD = '部门预算支出总表\n序号\t科目编码\t科目名称\t合计\n';

/** README examples of the code rules (for test/rules/examples.ts): the failing text triggers the rule, the passing one does not. */
export const K_EXAMPLES: Record<'K01' | 'K02' | 'K03', { failing: string; passing: string }> = {
  K01: { failing: `${HEAD}1\t2010388\t自编科目\t1.00\n`, passing: `${HEAD}1\t2010301\t行政运行\t1.00\n` },
  K02: { failing: `${HEAD}1\t2010301\t行政运行经费\t1.00\n`, passing: `${HEAD}1\t2010301\t行政运行\t1.00\n` },
  K03: {
    failing: `${HEAD}1\t20103\t政府办公厅（室）及相关机构事务\t1.00\n2\t20106\t财政事务\t1.00\n3\t2010301\t行政运行\t1.00\n`,
    passing: `${HEAD}1\t20103\t政府办公厅（室）及相关机构事务\t1.00\n2\t2010301\t行政运行\t1.00\n3\t20106\t财政事务\t1.00\n`,
  },
};

/** Whether a rule fires on a text, with only the code rules running. */
export function fires(ruleId: string, text: string): boolean {
  return analyze(text, { rules: codeRules }).findings.some((f) => f.ruleId === ruleId);
}

import type { Cell, DisclosureModel, NarrativeAmount, Sentence, Table } from '../../model/types';
import { cellVal, lcs, MAX_FUZZY_NAMES, projectKey, quantityVal, sentencesOf, type Val } from './common';

export interface ProjectItem {
  readonly amount: NarrativeAmount;
  readonly sentence: Sentence;
}

/** The 项目支出 amount of 支出说明 and the project amounts listed after it. */
export function projectList(model: DisclosureModel): { total?: ProjectItem; items: ProjectItem[] } {
  let total: ProjectItem | undefined;
  const items: ProjectItem[] = [];
  for (const s of sentencesOf(model, 'N2.expense')) {
    for (const a of s.amounts) {
      if (!total) {
        if (/^项目支出$/.test(a.label)) total = { amount: a, sentence: s };
        continue;
      }
      if (/^(?:基本支出|人员经费|(?:日常)?公用经费|支出)$/.test(a.label)) continue;
      items.push({ amount: a, sentence: s });
    }
  }
  return { ...(total ? { total } : {}), items };
}

/** A T12's amount: its 预算数, else its single money-valued 成本指标 (the cap of the 2023 template). */
export function t12Amount(t: Table): { val: Val; cell: Cell; kind: 'budget' | 'cap' } | undefined {
  const p = t.performance;
  if (!p) return undefined;
  if (p.budget?.amount) return { val: cellVal(t, p.budget), cell: p.budget, kind: 'budget' };
  const caps = p.indicators.filter((i) => /成本/.test(i.level2 + i.level1) && quantityVal(i.value));
  if (caps.length === 1) return { val: quantityVal(caps[0].value)!, cell: caps[0].value, kind: 'cap' };
  return undefined;
}

export function t12Name(t: Table): string {
  return t.performance?.projectName?.value ?? t.title.replace(/^\d+[、.．]\s*/, '').replace(/绩效目标(申报)?表$/, '');
}

/** Matches listed projects to T12 tables by name (longest common substring), each table at most once. */
export function matchProjects(model: DisclosureModel, items: readonly ProjectItem[]): Map<ProjectItem, Table> {
  const t12 = model.tables.filter((t) => t.kind === 'T12').slice(0, MAX_FUZZY_NAMES);
  const keys = t12.map((t) => [projectKey(t12Name(t)), projectKey(t.title)] as const);
  const pairs: Array<{ item: ProjectItem; t: Table; score: number }> = [];
  for (const item of items.slice(0, MAX_FUZZY_NAMES)) {
    const k = projectKey(item.amount.label);
    if (k.length < 2) continue;
    t12.forEach((t, i) => {
      let best = 0;
      for (const key of keys[i]) {
        const l = lcs(k, key);
        const ok = l >= Math.min(4, key.length) || (l >= 2 && l * 2 >= key.length);
        if (ok) best = Math.max(best, l / Math.max(key.length, 1) + l / 100);
      }
      if (best > 0) pairs.push({ item, t, score: best });
    });
  }
  pairs.sort((a, b) => b.score - a.score);
  const out = new Map<ProjectItem, Table>();
  const used = new Set<Table>();
  for (const p of pairs) {
    if (out.has(p.item) || used.has(p.t)) continue;
    out.set(p.item, p.t);
    used.add(p.t);
  }
  return out;
}

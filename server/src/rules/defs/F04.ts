import { defineRule } from '../types';

const KIND_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  org: { 'zh-CN': '单位编码和名称', en: 'org code and name' },
  year: { 'zh-CN': '预算年度', en: 'budget year' },
};

/**
 * RULES.md F04: the org code + name and the 预算年度 printed on every table page are the same. A page that
 * names another unit or year was pasted from another file, or from last year's.
 */
export default defineRule({
  id: 'F04',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '各表各页表头的单位编码、名称和预算年度应一致',
    en: 'The org code, name and budget year printed on every table page are the same',
  },
  messages: {
    differs: {
      'zh-CN': '表头{what}为“{found}”，其他表页均为“{usual}”（共 {count} 处）',
      en: 'The page header’s {whatEn} reads “{found}”; the other table pages read “{usual}” ({count} places)',
    },
  },
  check(ctx) {
    const items = ctx.model.tables
      .filter((t) => t.kind !== 'unknown' && t.kind !== 'T12')
      .flatMap((t) => t.printedMeta)
      .filter((m) => m.value.kind === 'org' || m.value.kind === 'year');
    for (const kind of ['org', 'year'] as const) {
      const mine = items.filter((m) => m.value.kind === kind);
      const counts = new Map<string, number>();
      for (const m of mine) counts.set(m.value.text, (counts.get(m.value.text) ?? 0) + 1);
      if (counts.size < 2) continue;
      const [usual, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
      // A tie has no majority to call right; the pages disagree, but which one is wrong is not for us to say.
      if ([...counts.values()].filter((c) => c === count).length > 1) continue;
      const example = mine.find((m) => m.value.text === usual)!;
      for (const m of mine) {
        if (m.value.text === usual) continue;
        ctx.report('differs', m.span, { what: KIND_NAMES[kind]['zh-CN'], whatEn: KIND_NAMES[kind].en, found: m.value.text, usual, count }, {
          related: [{ span: example.span, message: { 'zh-CN': `其他表页：${usual}`, en: `other pages: ${usual}` } }],
        });
      }
    }
  },
});

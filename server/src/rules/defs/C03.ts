import type { NarrativeTopic } from '../../model/types';
import { allSections, isFullBudget } from '../narrative/common';
import { defineRule } from '../types';

const TOPICS: Array<[NarrativeTopic[], string, string]> = [
  [['N1'], '职责及机构设置', 'duties and organisation'],
  [['N2.income'], '收入说明', 'income statement'],
  [['N2.expense'], '支出说明', 'expenditure statement'],
  [['N2.change'], '比上年增减情况', 'change on last year'],
  [['N3'], '机关运行经费', 'running costs'],
  [['N4'], '“三公”经费及增减变化原因', '“三公” expenses and their change'],
  [['N5', 'N5.whole', 'N5.projects', 'N5.special'], '绩效目标', 'performance targets'],
  [['N6'], '政府采购', 'government procurement'],
  [['N7'], '国有资产', 'state assets'],
  [['N8'], '名词解释', 'glossary'],
];

export default defineRule({
  id: 'C03',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '情况说明应包含全部必备内容：职责机构、收入/支出说明、比上年增减、机关运行经费、“三公”、绩效、政府采购、国有资产、名词解释',
    en: 'The narrative covers every mandatory topic: duties, income, expenditure, change, running costs, “三公”, performance, procurement, assets, glossary',
  },
  messages: {
    missing: {
      'zh-CN': '情况说明缺少“{topic}”部分',
      en: 'The narrative has no "{topicEn}" part',
    },
  },
  check(ctx) {
    const m = ctx.model;
    if (!isFullBudget(m)) return;
    // Tables that print no 栏次 row follow another region's template (a PDF's 财务收支预算总表 …), whose mandatory
    // tables and topics are not the ones listed here: say nothing rather than report them all missing.
    if (m.tables.some((t) => /^T[1-9]$/.test(t.kind) && !t.lanciRow && t.rows.length > 0)) return;
    const present = new Set<string>();
    for (const s of allSections(m.sections)) if (s.topic) present.add(s.topic);
    for (const s of m.sentences) if (s.topic) present.add(s.topic);
    // A narrative that never starts (tables only) is C03's one finding, at the first table.
    const anchor = allSections(m.sections).find((s) => s.topic === 'N1' || s.topic === 'N2')?.titleSpan ?? m.tables[0]?.titleSpan ?? { start: 0, end: 0 };
    for (const [topics, zh, en] of TOPICS) {
      if (topics.some((t) => present.has(t))) continue;
      ctx.report('missing', anchor, { topic: zh, topicEn: en });
    }
  },
});

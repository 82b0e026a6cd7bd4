import type { DisclosureModel, NarrativeAmount, Row, Sentence, Table } from '../../model/types';
import { plainLabel, sentencesOf, tableOf } from './common';

/** “三公” items: how the narrative names them and the T9 row each is. */
export const SANGONG: Array<{ key: string; text: RegExp; row: RegExp; zh: string }> = [
  { key: 'subtotal', text: /三公/, row: /三公.*小计|^小计$/, zh: '“三公”经费小计' },
  { key: 'abroad', text: /出国|出境/, row: /^因公出国（境）费$|^因公出国(境)费$|^因公出国/, zh: '因公出国（境）费' },
  { key: 'carBoth', text: /公务用车购置及运/, row: /^公务用车购置及运/, zh: '公务用车购置及运维费' },
  { key: 'carBuy', text: /(?:公务用车|车辆)购置费?$/, row: /^公务用车购置费$/, zh: '公务用车购置费' },
  { key: 'carRun', text: /公务用车运行|车辆运行/, row: /^公务用车运行维护费$/, zh: '公务用车运行维护费' },
  { key: 'reception', text: /公务接待/, row: /^公务接待费$/, zh: '公务接待费' },
  { key: 'meeting', text: /会议费$/, row: /^会议费$/, zh: '会议费' },
  { key: 'training', text: /培训费$/, row: /^培训费$/, zh: '培训费' },
  { key: 'total', text: /^合计$|三公.*合计|经费合计/, row: /^合计$/, zh: '合计' },
];

export function sangongItem(label: string): (typeof SANGONG)[number] | undefined {
  if (/增加|减少|增长|下降|较|比上年|对比/.test(label)) return undefined;
  const total = SANGONG.find((x) => x.key === 'total')!;
  if (total.text.test(label)) return total;
  return SANGONG.find((x) => x.text.test(label));
}

export function t9Row(t9: Table | undefined, key: string): Row | undefined {
  const spec = SANGONG.find((x) => x.key === key);
  if (!t9 || !spec) return undefined;
  return t9.rows.find((r) => spec.row.test(plainLabel(r.label)));
}

/** N4 sentences about the budget year (sentences about the prior year only are left out). */
export function currentYearSangong(model: DisclosureModel): { current: Sentence[]; prior: Sentence[] } {
  const year = model.year;
  const current: Sentence[] = [];
  const prior: Sentence[] = [];
  for (const s of sentencesOf(model, 'N4')) {
    const ys = s.years.map((y) => y.value);
    const lead = s.years[0];
    if (year && lead && lead.value === year - 1 && lead.span.start - s.span.start < 6 && !ys.includes(year)) prior.push(s);
    else current.push(s);
  }
  return { current, prior };
}

export function t9(model: DisclosureModel): Table | undefined {
  return tableOf(model, 'T9');
}

export type Amt = { s: Sentence; a: NarrativeAmount };

import type { Scheme } from '../../catalog';
import type { Table, TableKindId } from '../../model/types';
import { defineRule } from '../types';

/** Tables whose rows carry classification codes (RULES.md T2, T3, T5–T8). */
export const CODE_TABLE_KINDS: ReadonlySet<TableKindId> = new Set(['T2', 'T3', 'T5', 'T6', 'T7', 'T8']);

export function codeTables(tables: readonly Table[]): Table[] {
  return tables.filter((t) => t.kind !== 'unknown' && CODE_TABLE_KINDS.has(t.kind));
}

/** T6 lists the economic classification: a 5xx code there is the government-budget scheme. */
export function schemeOf(table: Table, code: string): Scheme | undefined {
  return table.kind === 'T6' && code.startsWith('5') ? 'economicGov' : undefined;
}

/** RULES.md T2..T8-04 (code part): every code must exist in the catalogue edition of the document's year. */
export default defineRule({
  id: 'K01',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '科目编码不在该年度《政府收支分类科目》中',
    en: "Classification code not in that year's catalogue",
  },
  messages: {
    unknown: {
      'zh-CN': '科目编码 {code} 不在{edition}《政府收支分类科目》中',
      en: 'Code {code} is not in the{editionEn} classification catalogue',
    },
    retired: {
      'zh-CN': '科目 {code} {name} 已于 {until} 年后停用，{year} 年版《政府收支分类科目》中没有该科目',
      en: 'Code {code} {name} was retired after {until}; the {year} catalogue does not have it',
    },
    notYet: {
      'zh-CN': '科目 {code} {name} 自 {since} 年起设立，{year} 年版《政府收支分类科目》中尚无该科目',
      en: 'Code {code} {name} was introduced in {since}; the {year} catalogue does not have it yet',
    },
  },
  check(ctx) {
    const year = ctx.edition;
    for (const table of codeTables(ctx.model.tables)) {
      for (const row of table.rows) {
        if (!row.code) continue;
        const code = row.code.code;
        const scheme = schemeOf(table, code);
        const entry = ctx.catalog.lookup(code, scheme ? { scheme } : {});
        if (!entry) {
          ctx.report('unknown', row.code.span, {
            code,
            edition: year === undefined ? '' : ` ${year} 年版`,
            editionEn: year === undefined ? '' : ` ${year}`,
          });
          continue;
        }
        if (year === undefined) continue;
        const status = ctx.catalog.entryStatus(code, year, entry.scheme);
        if (status === 'retired') ctx.report('retired', row.code.span, { code, name: entry.name, until: entry.until ?? '', year });
        else if (status === 'notYet') ctx.report('notYet', row.code.span, { code, name: entry.name, since: entry.since ?? '', year });
      }
    }
  },
});

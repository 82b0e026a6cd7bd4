import { normalizeName } from '../../catalog';
import type { Row } from '../../model/types';
import type { Span } from '../../util/span';
import { defineRule } from '../types';
import { codeTables, schemeOf } from './K01';

/** Where the printed name itself lies: the label cell, without a code printed in the same cell. */
export function nameSpan(text: string, row: Row): Span | undefined {
  const cell = row.labelSpan;
  if (!cell || !row.labelText) return undefined;
  const source = text.slice(cell.start, cell.end);
  const at = source.lastIndexOf(row.labelText);
  if (at < 0) return undefined;
  return { start: cell.start + at, end: cell.start + at + row.labelText.length };
}

/** RULES.md T6-04 / T2..T8-04: each code has the name given in that year's 《政府收支分类科目》. */
export default defineRule({
  id: 'K02',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '科目名称与《政府收支分类科目》不一致',
    en: 'Printed name differs from the catalogue name of the code',
  },
  messages: {
    mismatch: {
      'zh-CN': '科目 {code} 的名称应为“{expected}”，此处为“{printed}”',
      en: 'Code {code} is named "{expected}" in the catalogue, but the document prints "{printed}"',
    },
    former: {
      'zh-CN': '“{printed}”是科目 {code} 的旧名称（使用至 {until} 年），{year} 年版名称为“{expected}”',
      en: '"{printed}" is the former name of {code} (until {until}); the {year} name is "{expected}"',
    },
  },
  check(ctx) {
    const year = ctx.edition;
    for (const table of codeTables(ctx.model.tables)) {
      for (const row of table.rows) {
        if (!row.code || !row.labelText.trim()) continue;
        const code = row.code.code;
        const scheme = schemeOf(table, code);
        const entry = ctx.catalog.lookup(code, scheme ? { scheme } : {});
        // An unknown or out-of-edition code is K01's finding; its name cannot be checked.
        if (!entry || (year !== undefined && ctx.catalog.entryStatus(code, year, entry.scheme) !== 'ok')) continue;
        const match = ctx.catalog.nameMatch(code, row.labelText, year, entry.scheme);
        if (match === 'exact' || match === 'unknown') continue;
        let messageId = 'mismatch';
        let until: number | undefined;
        if (match === 'former') {
          const p = normalizeName(row.labelText);
          until = entry.formerNames?.find((f) => normalizeName(f.name) === p)?.until;
          // A former name still in force in the document's year is right for that year.
          if (year === undefined || until === undefined || year <= until) continue;
          messageId = 'former';
        }
        const span = nameSpan(ctx.model.text, row) ?? row.labelSpan ?? row.code.span;
        const args = { code, expected: entry.name, printed: row.labelText, until: until ?? '', year: year ?? '' };
        const fixSpan = nameSpan(ctx.model.text, row);
        const fixTitle = {
          'zh-CN': `改为目录名称“${entry.name}”`,
          en: `Replace with the catalogue name "${entry.name}"`,
        };
        ctx.report(messageId, span, args, {
          ...(fixSpan ? { fixes: [{ span: fixSpan, newText: entry.name, title: fixTitle }] } : {}),
          data: { code, expected: entry.name, printed: row.labelText },
        });
      }
    }
  },
});

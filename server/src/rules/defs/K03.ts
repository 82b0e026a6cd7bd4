import type { CatalogEntry } from '../../catalog';
import type { Row } from '../../model/types';
import { defineRule } from '../types';
import { codeTables, schemeOf } from './K01';

/**
 * A 款 or 项 listed under the wrong parent: in a classification table each code's nearest preceding row with
 * a shorter code is its parent (类 › 款 › 项), and that row's code must be a prefix of the child's.
 */
export default defineRule({
  id: 'K03',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '科目列在错误的上级科目之下',
    en: 'Code listed under the wrong parent in the table',
  },
  messages: {
    wrongParent: {
      'zh-CN': '{code} {name} 列在 {shown} {shownName} 之下，但其上级科目是 {parent} {parentName}',
      en: '{code} {name} is listed under {shown} {shownName}, but its parent is {parent} {parentName}',
    },
  },
  check(ctx) {
    for (const table of codeTables(ctx.model.tables)) {
      const coded = table.rows.filter((r): r is Row & { code: NonNullable<Row['code']> } => !!r.code);
      for (let i = 0; i < coded.length; i++) {
        const row = coded[i];
        const code = row.code.code;
        if (code.length <= 3) continue;
        let shown: (typeof coded)[number] | undefined;
        for (let k = i - 1; k >= 0; k--) {
          if (coded[k].code.code.length < code.length) {
            shown = coded[k];
            break;
          }
        }
        if (!shown) continue;
        const shownCode = shown.code.code;
        if (code.startsWith(shownCode)) continue;
        const scheme = schemeOf(table, code);
        const entry: CatalogEntry | undefined = ctx.catalog.lookup(code, scheme ? { scheme } : {});
        const parent = entry?.parent ?? code.slice(0, code.length - 2);
        const parentEntry = ctx.catalog.lookup(parent, entry ? { scheme: entry.scheme } : {});
        const shownEntry = ctx.catalog.lookup(shownCode, entry ? { scheme: entry.scheme } : {});
        const trueParentRow = coded.find((r) => r.code.code === parent);
        const related = [{ span: shown.code.span, message: { 'zh-CN': '表中的上一级行', en: 'The row it is listed under' } }];
        if (trueParentRow) related.push({ span: trueParentRow.code.span, message: { 'zh-CN': '正确的上级科目所在行', en: 'The row of its actual parent' } });
        ctx.report(
          'wrongParent',
          row.code.span,
          {
            code,
            name: entry?.name ?? row.labelText,
            shown: shownCode,
            shownName: shownEntry?.name ?? shown.labelText,
            parent,
            parentName: parentEntry?.name ?? '',
          },
          { related, data: { code, shown: shownCode, parent } },
        );
      }
    }
  },
});

import { kindSpec } from './tableKinds';
import type { Table, TableKindId } from './types';

/** The standard name of a kind (收支总表, 财政拨款“三公”经费支出表 …), for a table that prints no title. */
export function kindName(kind: TableKindId | 'unknown'): string {
  if (kind === 'unknown') return '未识别的表格';
  return kindSpec(kind)?.name ?? '表格';
}

/**
 * A table as a user names it in a message: its own printed title (部门预算收支总表), else its kind's standard name.
 * Internal ids (T1, T12#4) are never shown to a user. A title a converter ran into a sentence is too long to
 * name anything and gives way to the kind's name.
 */
export function tableName(t: Pick<Table, 'title' | 'kind'>): string {
  const title = t.title.replace(/\s+/g, '');
  if (title && title.length <= 40) return title;
  return kindName(t.kind);
}

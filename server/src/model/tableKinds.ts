import data from './data/tableKinds.json';
import type { TableKindId } from './types';

export interface TableKindSpec {
  readonly id: TableKindId;
  readonly name: string;
  readonly titles: RegExp[];
  readonly columns?: Readonly<Record<string, string>>;
  readonly headerRoles?: ReadonlyArray<readonly [RegExp, string]>;
}

/** The table kinds, compiled once from `data/tableKinds.json`. */
export const TABLE_KINDS: readonly TableKindSpec[] = data.kinds.map((k) => ({
  id: k.id as TableKindId,
  name: k.name,
  titles: k.titles.map((t) => new RegExp(t)),
  ...('columns' in k && k.columns ? { columns: k.columns as Record<string, string> } : {}),
  ...('headerRoles' in k && k.headerRoles
    ? { headerRoles: (k.headerRoles as string[][]).map(([re, role]) => [new RegExp(re), role] as const) }
    : {}),
}));

export function kindSpec(id: TableKindId): TableKindSpec | undefined {
  return TABLE_KINDS.find((k) => k.id === id);
}

/** The kind a title names, or undefined. `compactTitle` has its spaces removed. */
export function kindOfTitle(compactTitle: string): TableKindId | undefined {
  if (compactTitle.length > 80 || compactTitle.length < 3) return undefined;
  // A sentence that merely mentions a table is not its title.
  if (/[。；，,]/.test(compactTitle) || /详见|见下表|具体内容/.test(compactTitle)) return undefined;
  for (const k of TABLE_KINDS) if (k.titles.some((re) => re.test(compactTitle))) return k.id;
  return undefined;
}

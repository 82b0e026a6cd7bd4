import data from './data/tableKinds.json';
import type { TableKindId } from './types';

export interface TableKindSpec {
  readonly id: TableKindId;
  readonly name: string;
  readonly titles: RegExp[];
  readonly columns?: Readonly<Record<string, string>>;
  readonly headerRoles?: ReadonlyArray<readonly [RegExp, string]>;
}

/** A table kind as data (`data/tableKinds.json`, or a team's template file): regular expressions as strings. */
export interface TableKindData {
  readonly id: string;
  readonly name: string;
  readonly titles: readonly string[];
  readonly columns?: Readonly<Record<string, string>>;
  readonly headerRoles?: ReadonlyArray<readonly [string, string]>;
}

const KIND_IDS = new Set(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12']);

/** Compiles kinds from data; entries with an unknown id or a bad expression are left out (the caller validates). */
export function compileKinds(kinds: readonly TableKindData[]): TableKindSpec[] {
  const out: TableKindSpec[] = [];
  for (const k of kinds) {
    if (!KIND_IDS.has(k.id)) continue;
    try {
      out.push({
        id: k.id as TableKindId,
        name: k.name,
        titles: k.titles.map((t) => new RegExp(t)),
        ...(k.columns ? { columns: k.columns } : {}),
        ...(k.headerRoles ? { headerRoles: k.headerRoles.map(([re, role]) => [new RegExp(re), role] as const) } : {}),
      });
    } catch {
      // A bad regular expression in a template: the kind is skipped, the built-in kinds still apply.
    }
  }
  return out;
}

/** The built-in table kinds, compiled once from `data/tableKinds.json`. */
export const TABLE_KINDS: readonly TableKindSpec[] = compileKinds(data.kinds as TableKindData[]);

/** The spec of a kind: the first in `kinds` (templates come before the built-in kinds, so they win). */
export function kindSpec(id: TableKindId, kinds: readonly TableKindSpec[] = TABLE_KINDS): TableKindSpec | undefined {
  return kinds.find((k) => k.id === id);
}

/** The kind a title names, or undefined. `compactTitle` has its spaces removed. */
export function kindOfTitle(compactTitle: string, kinds: readonly TableKindSpec[] = TABLE_KINDS): TableKindId | undefined {
  if (compactTitle.length > 80 || compactTitle.length < 3) return undefined;
  // A sentence that merely mentions a table is not its title.
  if (/[。；，,]/.test(compactTitle) || /详见|见下表|具体内容/.test(compactTitle)) return undefined;
  for (const k of kinds) if (k.titles.some((re) => re.test(compactTitle))) return k.id;
  return undefined;
}

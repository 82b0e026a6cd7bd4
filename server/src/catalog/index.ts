/**
 * 政府收支分类科目 catalogue: 支出功能分类 (functional), 部门预算支出经济分类 (economic, 3xx)
 * and 政府预算支出经济分类 (economicGov, 5xx).
 *
 * Pure module: imports only zod and its own JSON data. Every function is pure; the only
 * module-level state is the lazily built, frozen built-in catalogue.
 */
import { z } from 'zod';
import functionalData from './data/functional.json';
import economicData from './data/economic.json';
import economicGovData from './data/economicGov.json';
import { jsonErrorPlace } from './jsonError';
import { catalogEntryDataSchema, catalogFileSchema, editionsSchema, type CatalogEntryData } from './schema';

export { catalogEntryDataSchema, catalogFileSchema, editionsSchema } from './schema';
export type { CatalogEntryData, CatalogFile } from './schema';

export type Scheme = 'functional' | 'economic' | 'economicGov';
export type Level = '类' | '款' | '项';
export type Confidence = 'verified' | 'observed' | 'unverified';
export type EntryStatus = 'ok' | 'unknown' | 'retired' | 'notYet';

export interface CatalogEntry {
  readonly scheme: Scheme;
  readonly code: string;
  readonly name: string;
  readonly level: Level;
  readonly parent?: string;
  readonly explanation?: string;
  /** the explanation is the generic text of the 项 suffix (01 行政运行, 99 其他…支出 …), not the row's own 说明 */
  readonly explanationGeneric?: boolean;
  /** first edition year in which the code exists */
  readonly since?: number;
  /** last edition year in which the code exists */
  readonly until?: number;
  readonly formerNames?: readonly { readonly name: string; readonly until: number }[];
  readonly confidence: Confidence;
  readonly sources: readonly string[];
}

export interface LocalizedMessage {
  readonly 'zh-CN': string;
  readonly en: string;
}

export const SCHEME_NAMES: Readonly<Record<Scheme, LocalizedMessage>> = Object.freeze({
  functional: { 'zh-CN': '支出功能分类', en: 'functional classification of expenditure' },
  economic: { 'zh-CN': '部门预算支出经济分类', en: 'economic classification (departmental budgets)' },
  economicGov: { 'zh-CN': '政府预算支出经济分类', en: 'economic classification (government budgets)' },
});

const LEVEL_BY_LENGTH: Readonly<Record<number, Level>> = { 3: '类', 5: '款', 7: '项' };

/** Normalises a code as printed: `201 03 01`, `201|03|01`, `201\t03\t01`, full-width digits → `2010301`. */
export function normalizeCode(code: string): string {
  return code.normalize('NFKC').replace(/[\s|｜\-·.]/g, '');
}

/** The scheme a code belongs to when the caller does not say: 7-digit and 2xx → functional, 3xx → economic, 5xx → economicGov. */
export function defaultScheme(code: string): Scheme | undefined {
  const c = normalizeCode(code);
  if (!/^\d{3}(\d{2}){0,2}$/.test(c)) return undefined;
  if (c.length === 7 || c.startsWith('2')) return 'functional';
  if (c.startsWith('3')) return 'economic';
  if (c.startsWith('5')) return 'economicGov';
  return undefined;
}

/**
 * Normalises a printed name for comparison: ignores all white space, full/half-width
 * parentheses and a trailing "（类）/（款）/（项）".
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/\((类|款|项)\)$/, '');
}

function key(scheme: Scheme, code: string): string {
  return `${scheme}:${code}`;
}

function levelRank(l: Level): number {
  return l === '类' ? 0 : l === '款' ? 1 : 2;
}

function validIn(e: CatalogEntry, year: number | undefined): boolean {
  if (year === undefined) return true;
  if (e.since !== undefined && year < e.since) return false;
  if (e.until !== undefined && year > e.until) return false;
  return true;
}

function freezeEntry(e: CatalogEntry): CatalogEntry {
  if (e.formerNames) for (const f of e.formerNames) Object.freeze(f);
  if (e.formerNames) Object.freeze(e.formerNames);
  Object.freeze(e.sources);
  return Object.freeze(e);
}

/** Converts one data-file row into an API entry. */
export function entryFromData(d: CatalogEntryData): CatalogEntry {
  const e: {
    -readonly [K in keyof CatalogEntry]: CatalogEntry[K];
  } = {
    scheme: d.scheme,
    code: d.code,
    name: d.name,
    level: d.level,
    confidence: d.confidence,
    sources: [...d.sources],
  };
  if (d.parent !== undefined) e.parent = d.parent;
  if (d.explanation !== undefined) e.explanation = d.explanation;
  if (d.explanationGeneric) e.explanationGeneric = true;
  if (d.editions?.since !== undefined) e.since = d.editions.since;
  if (d.editions?.until !== undefined) e.until = d.editions.until;
  if (d.editions?.formerNames?.length) e.formerNames = d.editions.formerNames.map((f) => ({ ...f }));
  return freezeEntry(e);
}

export interface LookupOptions {
  readonly year?: number;
  readonly scheme?: Scheme;
}

export interface SearchOptions {
  readonly scheme?: Scheme;
  readonly year?: number;
  readonly limit?: number;
}

export class Catalog {
  readonly #byKey: ReadonlyMap<string, CatalogEntry>;
  readonly #children: ReadonlyMap<string, readonly CatalogEntry[]>;
  readonly #entries: readonly CatalogEntry[];
  readonly #editions: readonly number[];

  constructor(entries: Iterable<CatalogEntry>, editions: Iterable<number> = []) {
    const byKey = new Map<string, CatalogEntry>();
    for (const e of entries) byKey.set(key(e.scheme, e.code), Object.isFrozen(e) ? e : freezeEntry({ ...e, sources: [...e.sources], ...(e.formerNames ? { formerNames: e.formerNames.map((f) => ({ ...f })) } : {}) }));
    const all = [...byKey.values()].sort((a, b) => (a.scheme === b.scheme ? a.code.localeCompare(b.code) : a.scheme.localeCompare(b.scheme)));
    const children = new Map<string, CatalogEntry[]>();
    for (const e of all) {
      if (e.parent === undefined) continue;
      const k = key(e.scheme, e.parent);
      const list = children.get(k);
      if (list) list.push(e);
      else children.set(k, [e]);
    }
    for (const list of children.values()) Object.freeze(list);
    this.#byKey = byKey;
    this.#children = children;
    this.#entries = Object.freeze(all);
    this.#editions = Object.freeze([...new Set(editions)].sort((a, b) => a - b));
    Object.freeze(this);
  }

  /** All entries, sorted by scheme then code. */
  entries(): readonly CatalogEntry[] {
    return this.#entries;
  }

  get size(): number {
    return this.#entries.length;
  }

  /** Edition years the catalogue declares (e.g. 2021–2026). */
  editions(): readonly number[] {
    return this.#editions;
  }

  /** The entry for a code regardless of year (or, with `year`, only if the code is in force that year). */
  lookup(code: string, opts: LookupOptions = {}): CatalogEntry | undefined {
    const c = normalizeCode(code);
    const scheme = opts.scheme ?? defaultScheme(c);
    if (scheme === undefined) return undefined;
    const e = this.#byKey.get(key(scheme, c));
    if (e === undefined) return undefined;
    return validIn(e, opts.year) ? e : undefined;
  }

  /** 类 › 款 › 项 order, ending with the entry itself; missing ancestors are skipped. */
  parentChain(entry: CatalogEntry): CatalogEntry[] {
    const chain: CatalogEntry[] = [entry];
    let cur: CatalogEntry | undefined = entry;
    const guard = new Set<string>([entry.code]);
    while (cur?.parent !== undefined && !guard.has(cur.parent)) {
      guard.add(cur.parent);
      const p: CatalogEntry | undefined = this.#byKey.get(key(entry.scheme, cur.parent));
      if (p === undefined) {
        // tolerate a gap (e.g. a custom 项 whose 款 is unknown): try the 类
        const cls: CatalogEntry | undefined =
          cur.parent.length > 3 ? this.#byKey.get(key(entry.scheme, cur.parent.slice(0, 3))) : undefined;
        if (cls) chain.unshift(cls);
        break;
      }
      chain.unshift(p);
      cur = p;
    }
    return chain;
  }

  /** Direct children of a code (款 of a 类, 项 of a 款). */
  children(code: string, opts: LookupOptions = {}): CatalogEntry[] {
    const c = normalizeCode(code);
    const scheme = opts.scheme ?? defaultScheme(c);
    if (scheme === undefined) return [];
    return (this.#children.get(key(scheme, c)) ?? []).filter((e) => validIn(e, opts.year));
  }

  /**
   * Search by code prefix (digits) or by name fragment. Ranking: exact code / exact name first,
   * then name starting with the query, then containing it, then former names; ties by level and code.
   */
  search(query: string, opts: SearchOptions = {}): CatalogEntry[] {
    const limit = opts.limit ?? 50;
    const q = query.trim();
    if (q === '' || limit <= 0) return [];
    const pool = this.#entries.filter((e) => (opts.scheme === undefined || e.scheme === opts.scheme) && validIn(e, opts.year));
    const scored: { e: CatalogEntry; score: number }[] = [];
    const digits = normalizeCode(q);
    if (/^\d+$/.test(digits)) {
      for (const e of pool) {
        if (!e.code.startsWith(digits)) continue;
        scored.push({ e, score: e.code === digits ? 0 : e.code.length - digits.length });
      }
    } else {
      const nq = normalizeName(q);
      for (const e of pool) {
        const n = normalizeName(e.name);
        let score: number | undefined;
        if (n === nq) score = 0;
        else if (n.startsWith(nq)) score = 1;
        else if (n.includes(nq)) score = 2;
        else if (e.formerNames?.some((f) => normalizeName(f.name).includes(nq))) score = 3;
        if (score !== undefined) scored.push({ e, score });
      }
    }
    scored.sort(
      (a, b) =>
        a.score - b.score ||
        levelRank(a.e.level) - levelRank(b.e.level) ||
        a.e.scheme.localeCompare(b.e.scheme) ||
        a.e.code.localeCompare(b.e.code),
    );
    return scored.slice(0, limit).map((s) => s.e);
  }

  /**
   * Whether a printed name is the catalogue name of the code, or one of its former names.
   * Comparison ignores spaces, full/half-width parentheses and a trailing （类）/（款）/（项）.
   */
  nameMatches(code: string, printedName: string, year?: number, scheme?: Scheme): boolean {
    const m = this.nameMatch(code, printedName, year, scheme);
    return m === 'exact' || m === 'former';
  }

  /** Detailed form of {@link nameMatches}: 'former' when the printed name was the name until some earlier edition. */
  nameMatch(code: string, printedName: string, year?: number, scheme?: Scheme): 'exact' | 'former' | 'mismatch' | 'unknown' {
    // the year selects nothing yet: a former name is accepted in any year (rules may warn on stale names)
    const e = this.lookup(code, scheme === undefined ? {} : { scheme });
    if (e === undefined) return 'unknown';
    const p = normalizeName(printedName);
    if (p === normalizeName(e.name)) return 'exact';
    if (e.formerNames?.some((f) => normalizeName(f.name) === p)) return 'former';
    void year;
    return 'mismatch';
  }

  entryStatus(code: string, year: number, scheme?: Scheme): EntryStatus {
    const e = this.lookup(code, scheme === undefined ? {} : { scheme });
    if (e === undefined) return 'unknown';
    if (e.since !== undefined && year < e.since) return 'notYet';
    if (e.until !== undefined && year > e.until) return 'retired';
    return 'ok';
  }

  isKnown(code: string, year?: number, scheme?: Scheme): boolean {
    if (year === undefined) return this.lookup(code, scheme === undefined ? {} : { scheme }) !== undefined;
    return this.entryStatus(code, year, scheme) === 'ok';
  }

  /** A new catalogue: entries of `other` replace entries with the same scheme and code. */
  merge(other: Catalog): Catalog {
    const map = new Map<string, CatalogEntry>();
    for (const e of this.#entries) map.set(key(e.scheme, e.code), e);
    for (const e of other.entries()) map.set(key(e.scheme, e.code), e);
    return new Catalog(map.values(), [...this.#editions, ...other.editions()]);
  }
}

// ---------------------------------------------------------------------------------------------
// Built-in catalogue

let builtin: Catalog | undefined;

/** The built-in catalogue (validated and indexed once, on first use). */
export function builtinCatalog(): Catalog {
  if (builtin === undefined) {
    const entries: CatalogEntry[] = [];
    const years = new Set<number>();
    for (const [name, raw] of [
      ['functional.json', functionalData],
      ['economic.json', economicData],
      ['economicGov.json', economicGovData],
    ] as const) {
      const parsed = catalogFileSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`built-in catalogue ${name} is invalid: ${parsed.error.issues[0]?.message ?? ''}`);
      for (const y of parsed.data.editions ?? []) years.add(y);
      for (const d of parsed.data.entries) entries.push(entryFromData(d));
    }
    builtin = new Catalog(entries, years);
  }
  return builtin;
}

/** The raw data files, for tests and tooling. */
export const BUILTIN_DATA_FILES: Readonly<Record<Scheme, unknown>> = Object.freeze({
  functional: functionalData,
  economic: economicData,
  economicGov: economicGovData,
});

// ---------------------------------------------------------------------------------------------
// Custom catalogues (a province's own codes, or a newer edition)

export const CUSTOM_CSV_HEADER = ['scheme', 'code', 'level', 'parent', 'name', 'explanation', 'since', 'until'] as const;

const SCHEME_ALIASES: Readonly<Record<string, Scheme>> = {
  functional: 'functional',
  economic: 'economic',
  economicgov: 'economicGov',
  支出功能分类: 'functional',
  功能分类: 'functional',
  部门预算支出经济分类: 'economic',
  部门经济分类: 'economic',
  政府预算支出经济分类: 'economicGov',
  政府经济分类: 'economicGov',
};

/** Custom rows: like the data files, but level/parent/confidence/sources/scheme may be left out. */
const customEntrySchema = z
  .object({
    scheme: z.string().optional(),
    code: z.union([z.string(), z.number()]).transform((c) => normalizeCode(String(c))),
    name: z.string().trim().min(1),
    level: z.enum(['类', '款', '项']).optional(),
    parent: z.union([z.string(), z.number()]).transform((c) => normalizeCode(String(c))).optional(),
    explanation: z.string().optional(),
    explanationGeneric: z.boolean().optional(),
    since: z.number().int().optional(),
    until: z.number().int().optional(),
    editions: editionsSchema.optional(),
    confidence: z.enum(['verified', 'observed', 'unverified']).optional(),
    sources: z.array(z.string()).optional(),
  })
  .strict();

const customFileSchema = z.union([
  z.array(z.unknown()),
  z.object({ entries: z.array(z.unknown()), editions: z.array(z.number().int()).optional() }).loose(),
]);

type CustomRow = z.input<typeof customEntrySchema>;

function msg(zh: string, en: string): LocalizedMessage {
  return Object.freeze({ 'zh-CN': zh, en });
}

/** Turns one custom row into a validated entry, or a localized problem description. */
function customRowToEntry(row: unknown, sourceName: string): { entry?: CatalogEntryData; problem?: LocalizedMessage } {
  const r = customEntrySchema.safeParse(row);
  if (!r.success) {
    const i = r.error.issues[0];
    const where = i?.path.join('.') || '(row)';
    return { problem: msg(`字段 ${where} 无效：${i?.message ?? ''}`, `field ${where} is invalid: ${i?.message ?? ''}`) };
  }
  const d = r.data;
  let scheme: Scheme | undefined;
  if (d.scheme !== undefined && d.scheme.trim() !== '') {
    scheme = SCHEME_ALIASES[d.scheme.trim()] ?? SCHEME_ALIASES[d.scheme.trim().toLowerCase()];
    if (scheme === undefined) {
      return {
        problem: msg(
          `未知的分类体系“${d.scheme}”（应为 functional、economic 或 economicGov）`,
          `unknown scheme "${d.scheme}" (expected functional, economic or economicGov)`,
        ),
      };
    }
  } else scheme = defaultScheme(d.code);
  const level = d.level ?? LEVEL_BY_LENGTH[d.code.length];
  if (scheme === undefined || level === undefined || !/^\d{3}(\d{2}){0,2}$/.test(d.code)) {
    return { problem: msg(`科目编码“${d.code}”无效（应为 3、5 或 7 位数字）`, `invalid code "${d.code}" (expected 3, 5 or 7 digits)`) };
  }
  const parent = d.parent !== undefined && d.parent !== '' ? d.parent : level === '类' ? undefined : d.code.slice(0, level === '款' ? 3 : 5);
  const editions = { ...(d.editions ?? {}) };
  if (d.since !== undefined) editions.since = d.since;
  if (d.until !== undefined) editions.until = d.until;
  const candidate = {
    scheme,
    code: d.code,
    name: d.name,
    level,
    ...(parent !== undefined ? { parent } : {}),
    ...(d.explanation ? { explanation: d.explanation } : {}),
    ...(d.explanationGeneric ? { explanationGeneric: true } : {}),
    ...(Object.keys(editions).length ? { editions } : {}),
    confidence: d.confidence ?? 'observed',
    sources: [...new Set([...(d.sources ?? []), `CUSTOM:${sourceName}`])],
  };
  const v = catalogEntryDataSchema.safeParse(candidate);
  if (!v.success) {
    const m = v.error.issues[0]?.message ?? '';
    return { problem: msg(`科目 ${d.code} 无效：${m}`, `entry ${d.code} is invalid: ${m}`) };
  }
  return { entry: v.data };
}

/** RFC 4180-ish CSV: quoted fields, doubled quotes, CRLF/LF. Returns undefined on an unterminated quote. */
function parseCsv(text: string): string[][] | undefined {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) return undefined;
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

function failure(sourceName: string, zh: string, en: string): { errors: LocalizedMessage[] } {
  return { errors: [msg(`自定义科目表 ${sourceName}：${zh}`, `custom catalogue ${sourceName}: ${en}`)] };
}

/**
 * Parses a custom catalogue (JSON in the data-file schema, or CSV with header
 * `scheme,code,level,parent,name,explanation,since,until`). Never throws: a bad file yields
 * exactly one error message (zh-CN + en) and no catalogue.
 */
export function parseCustomCatalog(
  text: string,
  format: 'json' | 'csv',
  sourceName: string,
): { catalog?: Catalog; errors: LocalizedMessage[] } {
  try {
    const body = text.replace(/^\uFEFF/, '');
    const rows: { row: unknown; where: LocalizedMessage }[] = [];
    let editions: number[] = [];
    if (format === 'json') {
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch (e) {
        // The parser's message quotes the text it choked on: say where instead, never what the file holds.
        const at = jsonErrorPlace(body, e);
        return failure(sourceName, `不是有效的 JSON${at['zh-CN']}`, `not valid JSON${at.en}`);
      }
      const f = customFileSchema.safeParse(json);
      if (!f.success) {
        return failure(sourceName, '应为科目数组，或含 entries 数组的对象', 'expected an array of entries or an object with an "entries" array');
      }
      const list = Array.isArray(f.data) ? f.data : f.data.entries;
      if (!Array.isArray(f.data)) editions = f.data.editions ?? [];
      list.forEach((row, i) => rows.push({ row, where: msg(`第 ${i + 1} 个科目`, `entry ${i + 1}`) }));
    } else {
      const table = parseCsv(body);
      if (table === undefined) return failure(sourceName, 'CSV 引号未闭合', 'unterminated quote in CSV');
      const header = (table[0] ?? []).map((h) => h.trim());
      const missing = CUSTOM_CSV_HEADER.filter((h) => !header.includes(h));
      if (table.length === 0 || missing.length > 0) {
        return failure(
          sourceName,
          `表头应为 ${CUSTOM_CSV_HEADER.join(',')}，缺少 ${missing.join(',')}`,
          `header must be ${CUSTOM_CSV_HEADER.join(',')}; missing ${missing.join(',')}`,
        );
      }
      for (let i = 1; i < table.length; i++) {
        const cells = table[i]!;
        if (cells.length > header.length) {
          return failure(sourceName, `第 ${i + 1} 行的列数（${cells.length}）多于表头（${header.length}）`, `line ${i + 1} has ${cells.length} columns, the header has ${header.length}`);
        }
        const rec: Record<string, unknown> = {};
        header.forEach((h, j) => {
          const v = (cells[j] ?? '').trim();
          if (v === '') return;
          if (h === 'since' || h === 'until') rec[h] = /^\d+$/.test(v) ? Number.parseInt(v, 10) : v;
          else rec[h] = v;
        });
        rows.push({ row: rec as CustomRow, where: msg(`第 ${i + 1} 行`, `line ${i + 1}`) });
      }
    }
    if (rows.length === 0) return failure(sourceName, '没有任何科目', 'contains no entries');
    const entries: CatalogEntry[] = [];
    const seen = new Set<string>();
    for (const { row, where } of rows) {
      const r = customRowToEntry(row, sourceName);
      if (r.problem || !r.entry) {
        const p = r.problem ?? msg('无效', 'invalid');
        return failure(sourceName, `${where['zh-CN']}：${p['zh-CN']}`, `${where.en}: ${p.en}`);
      }
      const k = key(r.entry.scheme, r.entry.code);
      if (seen.has(k)) return failure(sourceName, `${where['zh-CN']}：科目编码 ${r.entry.code} 重复`, `${where.en}: duplicate code ${r.entry.code}`);
      seen.add(k);
      entries.push(entryFromData(r.entry));
    }
    return { catalog: new Catalog(entries, editions), errors: [] };
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    return failure(sourceName, `无法读取（${m}）`, `could not be read (${m})`);
  }
}

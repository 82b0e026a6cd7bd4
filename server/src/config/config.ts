import { z } from 'zod';
import { jsonErrorPlace } from '../catalog/jsonError';

/**
 * The configuration file a team keeps in its repository, read by the editor and the CLI alike:
 * `.budget-disclosure.json` (documented), or `budget-disclosure.config.jsonc` (comments and trailing commas allowed).
 * The nearest one above a document applies. Pure: the caller finds and reads the file (io/).
 */
export const CONFIG_FILE_NAMES = ['.budget-disclosure.json', 'budget-disclosure.config.jsonc'] as const;

const severity = z.enum(['off', 'hint', 'info', 'warning', 'error']);
export type ConfigSeverity = z.infer<typeof severity>;

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    /** Per-rule severity, as ESLint and markdownlint users write it: {"N02": "off", "R01": "hint"}. */
    rules: z.record(z.string().regex(/^[A-Z]\d{1,2}(?:-\d{2})?$/, 'a rule id such as N02 or T1-02'), severity).default({}),
    /** Language of messages: auto follows the document (a Chinese disclosure gets Chinese messages). */
    locale: z.enum(['auto', 'zh-CN', 'en']).default('auto'),
    catalog: z
      .object({
        edition: z.union([z.literal('auto'), z.number().int().min(2015).max(2035)]).default('auto'),
        /** Custom catalogue files (JSON or CSV), relative to the configuration file, inside its folder. */
        customPaths: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({ edition: 'auto', customPaths: [] }),
    /** Table template files (JSON), relative to the configuration file, inside its folder. */
    templates: z.array(z.string().min(1)).default([]),
    /** Files not checked by `check` on a folder nor by the folder command: globs relative to the configuration file. */
    ignore: z.array(z.string().min(1).max(300)).default([]),
    /** Readers not yet on by default: `spacedTables` reads tables aligned with spaces (pdftotext -layout). */
    experimental: z.object({ spacedTables: z.boolean().default(false) }).strict().default({ spacedTables: false }),
  })
  .strict();

export type BudgetConfig = z.infer<typeof configSchema>;

export const EMPTY_CONFIG: BudgetConfig = configSchema.parse({});

export type Localized = { 'zh-CN': string; en: string };

/** Strips `//` and `/* *\/` comments and trailing commas from JSONC, leaving strings intact and offsets in place. */
export function stripJsonc(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      let j = i;
      while (j < n && text[j] !== '\n') j++;
      out += ' '.repeat(j - i);
      i = j;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const j = end < 0 ? n : end + 2;
      out += text.slice(i, j).replace(/[^\n]/g, ' ');
      i = j;
    } else if (c === ',') {
      let j = i + 1;
      while (j < n && /\s/.test(text[j])) j++;
      out += text[j] === '}' || text[j] === ']' ? ' ' : ',';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * Reads a configuration file's text. A bad file gives one message (zh-CN and en) that says where, never what the
 * file holds, and no configuration: it is ignored as a whole, never half-applied.
 */
export function parseConfig(text: string, name: string, jsonc: boolean): { config?: BudgetConfig; error?: Localized } {
  const body = text.replace(/^\uFEFF/, '');
  const source = jsonc ? stripJsonc(body) : body;
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (err) {
    const at = jsonErrorPlace(source, err);
    return { error: { 'zh-CN': `配置文件 ${name} 不是有效的 JSON${at['zh-CN']}，已忽略`, en: `Configuration ${name} is not valid JSON${at.en}; ignored` } };
  }
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    const where = i.path.join('.') || '(top level)';
    return { error: { 'zh-CN': `配置文件 ${name} 格式不符（${where}：${i.message}），已忽略`, en: `Configuration ${name} does not fit the schema (${where}: ${i.message}); ignored` } };
  }
  return { config: parsed.data };
}

/**
 * A glob (two stars: any folders; one star: any characters but a slash; `?`: one character) as a regular
 * expression over a path with `/` separators. No backtracking blow-up: each piece is a run of non-slashes or a
 * run of whole folders, which cannot overlap.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:[^/]*/)*';
      } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A glob without a slash matches a name at any depth, as .gitignore does.
  return new RegExp(glob.includes('/') ? `^${re}$` : `(?:^|/)${re}$`);
}

/** True when `relPath` (relative to the configuration file's folder, `/` separators) matches an ignore glob. */
export function isIgnored(config: BudgetConfig, relPath: string): boolean {
  const p = relPath.replace(/\\/g, '/');
  return config.ignore.some((g) => globToRegExp(g.replace(/^\.\//, '')).test(p));
}

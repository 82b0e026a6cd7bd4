import { builtinCatalog, parseCustomCatalog, type Catalog } from '../catalog';
import type { TableKindSpec } from '../model/tableKinds';
import { parseConfig, type BudgetConfig, type Localized } from './config';
import { parseTemplates } from './templates';

/**
 * What a file read gives the loader: its text, or a message that names why it was not read (never its content).
 * The caller (lsp/ or cli.ts) reads through io/, resolving `path` against `folder` and confining it there.
 */
export type ReadInside = (path: string, folder: string) => { ok: true; text: string; path: string } | { ok: false; why: Localized };

/** A configuration file with the catalogues and templates it names, ready for `analyze()`. */
export interface LoadedConfig {
  readonly file: string;
  readonly folder: string;
  readonly config: BudgetConfig;
  /** The built-in catalogue with the custom ones merged over it, when the file names any. */
  readonly catalog?: Catalog;
  readonly templates: readonly TableKindSpec[];
  /** Files named in it that could not be used, one message each; the rest of the file still applies. */
  readonly problems: readonly Localized[];
}

/**
 * Loads a configuration file (its text already read) and what it names. A file that is not valid gives `error`
 * and nothing else: it is ignored as a whole. Paths in it are relative to its folder and confined to it.
 */
export function loadConfig(text: string, file: string, folder: string, name: string, read: ReadInside): { loaded?: LoadedConfig; error?: Localized } {
  const parsed = parseConfig(text, name, /\.jsonc$/i.test(file));
  if (!parsed.config) return { error: parsed.error };
  const config = parsed.config;
  const problems: Localized[] = [];
  let catalog: Catalog | undefined;
  for (const p of config.catalog.customPaths) {
    const r = read(p, folder);
    if (!r.ok) {
      problems.push({ 'zh-CN': `${name}：自定义科目表 ${p} ${r.why['zh-CN']}，已忽略`, en: `${name}: custom catalogue ${p} ${r.why.en}; ignored` });
      continue;
    }
    const c = parseCustomCatalog(r.text, /\.csv$/i.test(r.path) ? 'csv' : 'json', p);
    if (!c.catalog) {
      const e = c.errors[0];
      if (e) problems.push({ 'zh-CN': `${name}：${e['zh-CN']}（已忽略该文件）`, en: `${name}: ${e.en} (file ignored)` });
      continue;
    }
    catalog = (catalog ?? builtinCatalog()).merge(c.catalog);
  }
  const templates: TableKindSpec[] = [];
  for (const p of config.templates) {
    const r = read(p, folder);
    if (!r.ok) {
      problems.push({ 'zh-CN': `${name}：表样模板 ${p} ${r.why['zh-CN']}，已忽略`, en: `${name}: template ${p} ${r.why.en}; ignored` });
      continue;
    }
    const t = parseTemplates(r.text, p);
    if (t.error) problems.push({ 'zh-CN': `${name}：${t.error['zh-CN']}（已忽略该文件）`, en: `${name}: ${t.error.en} (file ignored)` });
    else templates.push(...t.kinds);
  }
  return { loaded: { file, folder, config, ...(catalog ? { catalog } : {}), templates, problems } };
}

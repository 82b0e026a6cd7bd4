import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../catalog';
import { CONFIG_FILE_NAMES } from '../config/config';
import { loadConfig, type LoadedConfig, type ReadInside } from '../config/load';
import type { AnalysisOptions } from '../rules/analyze';
import { findUpward, readRegularFileSync, refusalMessage, resolveConfined } from '../io/files';
import type { Locale } from '../util/i18n';
import type { Settings } from './settings';

type Localized = { 'zh-CN': string; en: string };

/**
 * The configuration files of a trusted workspace, as the CLI reads them: the nearest `.budget-disclosure.json` or
 * `budget-disclosure.config.jsonc` above a document, inside the workspace folder. Loaded once and kept until the
 * file changes (the server is told through its file watcher).
 */
export class ConfigFiles {
  private readonly loaded = new Map<string, { loaded?: LoadedConfig; generation: number }>();
  private generation = 0;

  constructor(
    private readonly root: () => string | undefined,
    private readonly warn: (m: Localized) => void,
  ) {}

  /** The configuration that applies to a document, or undefined (no folder, not a file, none found). */
  forDocument(uri: string): LoadedConfig | undefined {
    const root = this.root();
    if (!root || !uri.startsWith('file:')) return undefined;
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return undefined;
    }
    const found = findUpward(dirname(path), CONFIG_FILE_NAMES, root);
    if (!found) return undefined;
    const hit = this.loaded.get(found);
    if (hit) return hit.loaded;
    const r = readRegularFileSync(found);
    if (!r.ok) {
      this.loaded.set(found, { generation: ++this.generation });
      return undefined;
    }
    const folder = dirname(found);
    const read: ReadInside = (p, dir) => {
      // Confined to the workspace folder, not only to the configuration's own folder: a shared catalogue may sit
      // beside the folder that holds the configuration.
      const where = resolveConfined(resolve(dir, p), root);
      if ('refusal' in where) return { ok: false, why: refusalMessage(where.refusal) };
      const f = readRegularFileSync(where.path);
      return f.ok ? { ok: true, text: f.text, path: f.path } : { ok: false, why: refusalMessage(f.refusal) };
    };
    const name = found.startsWith(root) ? found.slice(root.length + 1) : found;
    const { loaded, error } = loadConfig(r.text, found, folder, name, read);
    if (error) this.warn(error);
    for (const p of loaded?.problems ?? []) this.warn(p);
    this.loaded.set(found, { ...(loaded ? { loaded } : {}), generation: ++this.generation });
    return loaded;
  }

  /** A key that changes when the configuration that applies to a document changes (for the analysis cache). */
  keyOf(config: LoadedConfig | undefined): string {
    return config ? `${config.file}#${this.loaded.get(config.file)?.generation ?? 0}` : '';
  }

  /** Forgets a configuration file that changed, was created or was deleted; true when it was one. */
  changed(path: string): boolean {
    const name = path.replace(/^.*[\\/]/, '');
    if (!(CONFIG_FILE_NAMES as readonly string[]).includes(name) && ![...this.loaded.values()].some((v) => v.loaded && isNamedIn(v.loaded, path))) return false;
    this.loaded.clear();
    return true;
  }

  clear(): void {
    this.loaded.clear();
  }
}

function isNamedIn(c: LoadedConfig, path: string): boolean {
  return [...c.config.catalog.customPaths, ...c.config.templates].some((p) => resolve(c.folder, p) === resolve(path));
}

/**
 * The analysis options for a document: VS Code settings win over the configuration file where the user set them
 * (a rule's severity other than "default", an edition other than "auto"); the rest comes from the file.
 */
export function mergedOptions(settings: Settings, config: LoadedConfig | undefined, base: AnalysisOptions): AnalysisOptions {
  if (!config) return base;
  const edition = base.edition ?? (config.config.catalog.edition === 'auto' ? undefined : config.config.catalog.edition);
  const catalog = config.catalog ? (base.catalog ? mergedCatalog(base.catalog, config) : config.catalog) : base.catalog;
  const templates = [...(base.templates ?? []), ...config.templates];
  return {
    ...base,
    ...(config.config.experimental.spacedTables ? { spacedTables: true } : {}),
    severities: { ...config.config.rules, ...settings.rules },
    ...(edition !== undefined ? { edition } : {}),
    ...(catalog ? { catalog } : {}),
    ...(templates.length ? { templates } : {}),
  };
}

/** The settings' catalogue with the configuration's merged over it, built once per pair (both are immutable). */
const MERGED = new WeakMap<Catalog, WeakMap<LoadedConfig, Catalog>>();
function mergedCatalog(base: Catalog, config: LoadedConfig): Catalog {
  let byConfig = MERGED.get(base);
  if (!byConfig) MERGED.set(base, (byConfig = new WeakMap()));
  let c = byConfig.get(config);
  if (!c) byConfig.set(config, (c = base.merge(config.catalog!)));
  return c;
}

/** The configuration's locale when the setting leaves it to "auto". */
export function configLocale(settings: Settings, config: LoadedConfig | undefined): Locale | undefined {
  if (settings.locale !== 'auto') return settings.locale;
  const l = config?.config.locale;
  return l === 'zh-CN' || l === 'en' ? l : undefined;
}

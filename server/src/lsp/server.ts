import {
  CodeLensRefreshRequest,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readRegularFile, readRegularFileSync, refusalMessage, resolveConfined, type ReadResult } from '../io/files';
import { isIgnored } from '../config/config';
import { checkFolder, CHECK_FOLDER_COMMAND, DISCLOSURE_GLOB } from './folderCheck';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinCatalog, parseCustomCatalog, type Catalog } from '../catalog';
import { getCodeLenses, REVEAL_COMMAND } from '../features/codeLens';
import { getCompletions } from '../features/completion';
import { getHover } from '../features/hover';
import { getInlayHints } from '../features/inlayHints';
import { codeActions, fixAllAction, FIX_ALL_KIND } from '../features/codeActions';
import { toDiagnostics } from '../features/diagnostics';
import { foldingRanges } from '../features/folding';
import { documentSymbols } from '../features/symbols';
import { analyze, type Analysis, type AnalysisOptions } from '../rules/analyze';
import { documentLocale, toLocale, type Locale } from '../util/i18n';
import { VERSION } from '../util/version';
import { runSafe } from './runSafe';
import { ConvertedDocuments } from './converted';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { parseTemplates } from '../config/templates';
import { ConfigFiles, configLocale, mergedOptions } from './configFiles';
import { AcceptedFindings } from './accepted';
import type { TableKindSpec } from '../model/tableKinds';

/** Analyses are cached per document version: every feature reads the same one. */
class AnalysisCache {
  private readonly entries = new Map<string, { version: number; key: string; analysis: Analysis }>();
  /** How long the last analysis of each document took, in ms: the debounce adapts to it. */
  readonly lastMs = new Map<string, number>();

  /** The locale a document's configuration file sets, by analysis (read by `locale()`). */
  readonly configLocales = new WeakMap<Analysis, Locale | undefined>();

  get(doc: TextDocument, settings: Settings, catalog: CatalogState = BUILTIN_STATE, configs?: ConfigFiles): Analysis {
    const config = configs?.forDocument(doc.uri);
    const key = JSON.stringify([settings.rules, settings.catalog.edition, settings.locale, catalog.generation, configs?.keyOf(config) ?? '']);
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.key === key) return hit.analysis;
    const started = performance.now();
    const analysis = analyze(doc.getText(), AnalysisCache.options(doc, settings, catalog, configs));
    this.configLocales.set(analysis, configLocale(settings, config));
    this.entries.set(doc.uri, { version: doc.version, key, analysis });
    this.lastMs.set(doc.uri, performance.now() - started);
    return analysis;
  }

  /** The options a document is analysed with: the settings, and the repository's configuration file under them. */
  static options(doc: TextDocument, settings: Settings, catalog: CatalogState = BUILTIN_STATE, configs?: ConfigFiles): AnalysisOptions {
    const edition = settings.catalog.edition === 'auto' ? undefined : settings.catalog.edition;
    const base = {
      severities: settings.rules,
      catalog: catalog.catalog,
      ...(catalog.templates.length ? { templates: catalog.templates } : {}),
      ...(edition ? { edition } : {}),
    };
    return mergedOptions(settings, configs?.forDocument(doc.uri), base);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.lastMs.delete(uri);
  }
}

const DEBOUNCE_MS = 250;
const MIN_DEBOUNCE_MS = 30;

/**
 * The pause after a keystroke before analysing again, from how long the document's last analysis took: a seed that
 * analyses in 26 ms gets its diagnostics ~70 ms after a change instead of 250 ms, while a document that takes
 * longer waits longer (up to 250 ms), so a typist's keystrokes are not each followed by a long analysis.
 */
export function debounceFor(lastAnalysisMs: number | undefined): number {
  if (lastAnalysisMs === undefined) return DEBOUNCE_MS;
  return Math.round(Math.min(DEBOUNCE_MS, Math.max(MIN_DEBOUNCE_MS, 20 + 2 * lastAnalysisMs)));
}
/** Sent by the client when the user trusts the workspace after start-up (client/src/extension.ts). */
const TRUST_CHANGED = 'budgetDisclosure/trustChanged';

/**
 * What the workspace adds: the catalogue in use (built-in, merged with the user's custom files) and the table
 * templates; `generation` changes when either does.
 */
interface CatalogState {
  readonly catalog: Catalog;
  readonly templates: readonly TableKindSpec[];
  readonly generation: number;
  /** The custom paths it was loaded from ('' for none). */
  readonly key: string;
}
const BUILTIN_STATE: CatalogState = { get catalog() { return builtinCatalog(); }, templates: [], generation: 0, key: '' };

function workspaceRoot(params: InitializeParams): string | undefined {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
  if (uri && uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  }
  return params.rootPath ?? undefined;
}

/** Wires the language features to a connection. The only module that knows LSP transport details. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new AnalysisCache();
  const timers = new Map<string, NodeJS.Timeout>();
  let settings: Settings = DEFAULT_SETTINGS;
  let clientLocale: Locale = 'zh-CN';
  let hasConfiguration = false;
  const reported = new Set<string>();
  const log = (m: string) => connection.console.error(m);

  /**
   * The language of messages: the setting, else the document's own language (a Chinese disclosure gets Chinese
   * messages in an English editor), else the editor's.
   */
  const docLocales = new WeakMap<Analysis, Locale | undefined>();
  const locale = (a?: Analysis): Locale => {
    if (settings.locale !== 'auto') return settings.locale;
    if (!a) return clientLocale;
    const fromConfig = cache.configLocales.get(a);
    if (fromConfig) return fromConfig;
    if (!docLocales.has(a)) docLocales.set(a, documentLocale(a.model.text));
    return docLocales.get(a) ?? clientLocale;
  };
  // PDF / DOCX / XLSX opened as canonical text: their diagnostics and hovers name the page.
  const converted = new ConvertedDocuments(() => locale());
  converted.register(connection);
  let catalogState: CatalogState = BUILTIN_STATE;
  let trusted = true;
  let root: string | undefined;
  let initParams: InitializeParams | undefined;
  let inlayRefresh = false;
  let lensRefresh = false;
  let watchRegistration = false;
  /** After a change the editor cannot see (settings, catalogues), ask it to fetch inlay hints and lenses again. */
  const refreshViews = () => {
    if (inlayRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (lensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  };
  const edition = () => (settings.catalog.edition === 'auto' ? undefined : settings.catalog.edition);
  const acceptedFindings = new AcceptedFindings();
  /** The client applies workspace edits that create files (the sidecar of accepted findings). */
  let canCreateFiles = false;
  const configFiles = new ConfigFiles(
    () => (trusted ? root : undefined),
    (m) => warnOnce(m[settings.locale === 'en' || (settings.locale === 'auto' && clientLocale === 'en') ? 'en' : 'zh-CN']),
  );
  const analysisOf = (doc: TextDocument) => cache.get(doc, settings, catalogState, configFiles);
  const warnOnce = (p: string) => {
    if (reported.has(p)) return;
    reported.add(p);
    void connection.window.showWarningMessage(p);
  };

  /**
   * Custom catalogues (`budgetDisclosure.catalog.customPaths`), merged over the built-in one in order. A file
   * that cannot be read or parsed is reported once and ignored; an untrusted workspace loads none.
   */
  /**
   * A file named in a setting: resolved against the workspace folder and confined to it (links included), a regular
   * file under the size limit, read without blocking. Paths outside the folder are refused, never opened.
   */
  const readSetting = async (p: string): Promise<ReadResult> => {
    const where = resolveConfined(p, root);
    if ('refusal' in where) return { ok: false, refusal: where.refusal };
    return readRegularFile(where.path);
  };

  const loadCatalogs = async (force = false): Promise<boolean> => {
    const paths = settings.catalog.customPaths;
    const templatePaths = settings.templates.paths;
    const key = trusted ? JSON.stringify([paths, templatePaths]) : '';
    // Nothing custom before or now: keep the analyses that are cached.
    if (!force && key === catalogState.key && (!trusted || paths.length + templatePaths.length === 0)) return false;
    let catalog = builtinCatalog();
    if (trusted) {
      for (const p of paths) {
        const lang = locale();
        const read = await readSetting(p);
        if (!read.ok) {
          const why = refusalMessage(read.refusal);
          warnOnce(lang === 'en' ? `Custom catalogue ${p} ${why.en}; ignored.` : `自定义科目表 ${p} ${why['zh-CN']}，已忽略。`);
          continue;
        }
        const { text, path: file } = read;
        const parsed = parseCustomCatalog(text, extname(file).toLowerCase() === '.csv' ? 'csv' : 'json', p);
        if (!parsed.catalog) {
          const e = parsed.errors[0];
          warnOnce(e ? `${e[lang]}${lang === 'en' ? ' (file ignored)' : '（已忽略该文件）'}` : p);
          continue;
        }
        catalog = catalog.merge(parsed.catalog);
      }
    } else if (paths.length) {
      log('untrusted workspace: budgetDisclosure.catalog.customPaths ignored');
    }
    // Table templates (`budgetDisclosure.templates.paths`): extra kinds, tried before the built-in ones.
    const templates: TableKindSpec[] = [];
    if (trusted) {
      for (const p of templatePaths) {
        const lang = locale();
        const read = await readSetting(p);
        if (!read.ok) {
          const why = refusalMessage(read.refusal);
          warnOnce(lang === 'en' ? `Template ${p} ${why.en}; ignored.` : `表样模板 ${p} ${why['zh-CN']}，已忽略。`);
          continue;
        }
        const parsed = parseTemplates(read.text, p);
        if (parsed.error) warnOnce(`${parsed.error[lang]}${lang === 'en' ? ' (file ignored)' : '（已忽略该文件）'}`);
        else templates.push(...parsed.kinds);
      }
    } else if (templatePaths.length) {
      log('untrusted workspace: budgetDisclosure.templates.paths ignored');
    }
    catalogState = { catalog, templates, generation: catalogState.generation + 1, key };
    return true;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const opts = (params.initializationOptions ?? {}) as { locale?: string; workspaceTrusted?: boolean };
    clientLocale = toLocale(opts.locale ?? params.locale);
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    trusted = opts.workspaceTrusted !== false;
    initParams = params;
    root = trusted ? workspaceRoot(params) : undefined;
    inlayRefresh = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
    lensRefresh = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    watchRegistration = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const we = params.capabilities.workspace?.workspaceEdit;
    canCreateFiles = !!we?.documentChanges && !!we.resourceOperations?.includes('create');
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { resolveProvider: false },
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [REVEAL_COMMAND, CHECK_FOLDER_COMMAND] },
      },
      serverInfo: { name: 'budget-disclosure-language-server', version: VERSION },
    };
  });

  const loadSettings = async () => {
    if (!hasConfiguration) return;
    try {
      const raw = await connection.workspace.getConfiguration('budgetDisclosure');
      const { settings: s, problems } = readSettings(raw);
      settings = s;
      for (const p of problems) {
        if (reported.has(p)) continue;
        reported.add(p);
        void connection.window.showWarningMessage(
          clientLocale === 'en' ? `Invalid setting, default used: ${p}` : `设置值无效，已使用默认值：${p}`,
        );
      }
    } catch (err) {
      log(`configuration: ${String(err)}`);
    }
  };

  const loadCatalogsSafe = (force = false) =>
    loadCatalogs(force).catch((err) => {
      log(`custom catalogues: ${String(err)}`);
      return false;
    });

  /** The files behind `customPaths` and `templates.paths`, as absolute paths (relative ones need a folder). */
  const customFiles = (): Set<string> => {
    const out = new Set<string>();
    for (const p of [...settings.catalog.customPaths, ...settings.templates.paths]) {
      const file = isAbsolute(p) ? p : root ? resolve(root, p) : undefined;
      if (file) out.add(resolve(file));
    }
    return out;
  };

  // A team edits its catalogue or template file: reload it, as a settings change would, without a restart.
  connection.onDidChangeWatchedFiles(async (p) => {
    if (!trusted) return;
    // A file the folder check published changed on disk (and is not open): check it again; deleted: clear it.
    for (const c of p.changes) {
      if (!folderUris.has(c.uri) || documents.get(c.uri)) continue;
      if (c.type === 3) {
        folderUris.delete(c.uri);
        void connection.sendDiagnostics({ uri: c.uri, diagnostics: [] });
        continue;
      }
      try {
        const r = readRegularFileSync(fileURLToPath(c.uri));
        if (r.ok) runSafe(log, 'folder check', undefined, () => publishFromDisk(c.uri, r.text));
      } catch {
        // not a file: URI
      }
    }
    const paths = p.changes.flatMap((c) => {
      try {
        return [resolve(fileURLToPath(c.uri))];
      } catch {
        return []; // not a file: URI
      }
    });
    // A configuration file (or a file one names) changed: read them again on the next analysis.
    const configHit = paths.filter((f) => configFiles.changed(f)).length > 0;
    const acceptedHit = paths.filter((f) => acceptedFindings.changed(f)).length > 0;
    if (acceptedHit && !configHit) {
      documents.all().forEach((d) => schedule(d, 0));
      return;
    }
    const files = customFiles();
    const hit = files.size > 0 && paths.some((f) => files.has(f));
    if (!hit && !configHit) return;
    if (hit) await loadCatalogsSafe(true);
    documents.all().forEach((d) => schedule(d, 0));
    refreshViews();
  });

  connection.onInitialized(() => {
    // Clients that let servers register file watchers (VS Code, Neovim) report edits of the catalogue files.
    if (watchRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{json,jsonc,csv}' }] })
        .catch((err) => log(`file watcher: ${String(err)}`));
    }
    void loadSettings()
      .then(() => loadCatalogsSafe())
      .then(() => documents.all().forEach((d) => schedule(d, 0)));
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (hasConfiguration) await loadSettings();
    else settings = readSettings((change.settings as { budgetDisclosure?: unknown })?.budgetDisclosure).settings;
    await loadCatalogsSafe();
    documents.all().forEach((d) => schedule(d, 0));
    refreshViews();
  });

  // The client tells us when the user trusts the workspace after start-up: load the custom catalogues now.
  connection.onNotification(TRUST_CHANGED, async (p: { workspaceTrusted?: boolean }) => {
    if (p?.workspaceTrusted !== true || trusted) return;
    trusted = true;
    root = initParams ? workspaceRoot(initParams) : undefined;
    configFiles.clear();
    await loadCatalogsSafe();
    documents.all().forEach((d) => schedule(d, 0));
  });

  const publish = (doc: TextDocument) =>
    runSafe(log, 'diagnostics', undefined, () => {
      const analysis = analysisOf(doc);
      // Findings a reviewer accepted (the sidecar beside the document, trusted workspaces only) are not shown.
      const shown = trusted ? acceptedFindings.visible(doc.uri, analysis) : analysis;
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: converted.diagnostics(doc, toDiagnostics(shown, doc.uri, locale(analysis))) });
    });

  const schedule = (doc: TextDocument, delay = debounceFor(cache.lastMs.get(doc.uri))) => {
    const t = timers.get(doc.uri);
    if (t) clearTimeout(t);
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (current) publish(current);
      }, delay),
    );
  };

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    cache.delete(e.document.uri);
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol((p) =>
    runSafe(log, 'documentSymbol', [], () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return [];
      const a = analysisOf(doc);
      return documentSymbols(a.model, locale(a));
    }),
  );
  connection.onFoldingRanges((p) =>
    runSafe(log, 'foldingRange', [], () => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? foldingRanges(analysisOf(doc).model) : [];
    }),
  );
  connection.onHover((p) =>
    runSafe(log, 'hover', null, () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return null;
      const ed = edition();
      const a = analysisOf(doc);
      const offset = doc.offsetAt(p.position);
      const hover = getHover(a, offset, locale(a), catalogState.catalog, {
        ...(ed !== undefined ? { edition: ed } : {}),
        editionSource: ed !== undefined ? 'setting' : 'document',
      });
      return converted.hover(doc, offset, hover);
    }),
  );
  connection.onCompletion((p) =>
    runSafe(log, 'completion', null, () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return null;
      const ed = edition();
      const a = analysisOf(doc);
      return getCompletions(a, doc.offsetAt(p.position), catalogState.catalog, {
        locale: locale(a),
        ...(ed !== undefined ? { edition: ed } : {}),
      });
    }),
  );
  connection.languages.inlayHint.on((p) =>
    runSafe(log, 'inlayHint', [], () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc || !settings.inlayHints.enabled) return [];
      const a = analysisOf(doc);
      return getInlayHints(a, locale(a), { start: doc.offsetAt(p.range.start), end: doc.offsetAt(p.range.end) });
    }),
  );
  connection.onCodeLens((p) =>
    runSafe(log, 'codeLens', [], () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc || !settings.codeLens.enabled) return [];
      const a = analysisOf(doc);
      return getCodeLenses(a, p.textDocument.uri, locale(a));
    }),
  );
  // A lens that counts a broken identity shows its finding: the editor opens the document there.
  connection.onExecuteCommand(async (p) => {
    if (p.command === CHECK_FOLDER_COMMAND) return runFolderCheck();
    if (p.command !== REVEAL_COMMAND) return;
    const [uri, range] = (p.arguments ?? []) as [unknown, unknown];
    if (typeof uri !== 'string' || !range || typeof range !== 'object') return;
    await connection.window
      .showDocument({ uri, selection: range as { start: { line: number; character: number }; end: { line: number; character: number } }, takeFocus: true })
      .catch((err) => log(`showDocument: ${String(err)}`));
  });
  /** Files the folder check published diagnostics for (not open in the editor): kept current from disk. */
  const folderUris = new Set<string>();
  let folderWatch = false;
  const publishFromDisk = (uri: string, text: string) => {
    const doc = TextDocument.create(uri, 'budget-disclosure', 0, text);
    const a = analyze(text, AnalysisCache.options(doc, settings, catalogState, configFiles));
    const shown = trusted ? acceptedFindings.visible(uri, a) : a;
    void connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(shown, uri, locale(a)) });
  };
  /** 检查整个文件夹: every disclosure in the workspace folder fills the Problems panel, with progress and cancel. */
  const runFolderCheck = async (): Promise<{ files: number; cancelled: boolean } | undefined> => {
    const lang = locale();
    if (!trusted || !root) {
      void connection.window.showWarningMessage(lang === 'en' ? 'Checking the folder needs an open, trusted workspace folder.' : '检查整个文件夹需要打开并信任工作区文件夹。');
      return undefined;
    }
    const folder = root;
    const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin(lang === 'en' ? 'Checking budget disclosures' : '正在检查预算公开文档', 0, undefined, true);
    const result = await checkFolder(folder, {
      isOpen: (uri) => documents.get(uri) !== undefined,
      ignored: (path) => {
        const c = configFiles.forDocument(pathToFileURL(path).href);
        return !!c && isIgnored(c.config, relative(c.folder, path));
      },
      publish: (uri, text) => {
        runSafe(log, 'folder check', undefined, () => publishFromDisk(uri, text));
        folderUris.add(uri);
      },
      progress: (done, total, name) => progress?.report(total ? Math.round((done / total) * 100) : 0, name),
      cancelled: () => !!progress?.token.isCancellationRequested,
    });
    progress?.done();
    if (!folderWatch && watchRegistration) {
      folderWatch = true;
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: DISCLOSURE_GLOB }] })
        .catch((err) => log(`file watcher: ${String(err)}`));
    }
    const n = result.uris.length;
    void connection.window.showInformationMessage(
      lang === 'en'
        ? `${result.cancelled ? 'Cancelled after' : 'Checked'} ${n} disclosure${n === 1 ? '' : 's'} in the folder (open documents are checked as you edit them).`
        : `${result.cancelled ? '已取消，已检查' : '已检查'}文件夹中的 ${n} 个预算公开文档（已打开的文档随编辑检查）。`,
    );
    return { files: n, cancelled: result.cancelled };
  };

  connection.onCodeAction((p) =>
    runSafe(log, 'codeAction', [], () => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return [];
      const a = analysisOf(doc);
      const only = p.context.only;
      // Fix all: asked for by kind (editor.codeActionsOnSave, "Fix all" in the source actions menu), never offered
      // among the quick fixes of one diagnostic; not for a converted PDF, DOCX or XLSX, which is read-only.
      if (only?.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`))) {
        if (converted.has(doc.uri)) return [];
        const opts = AnalysisCache.options(doc, settings, catalogState, configFiles);
        const action = fixAllAction(p.textDocument.uri, doc.getText(), (t) => analyze(t, opts), a.model.lines, locale(a));
        return action ? [action] : [];
      }
      const fixes = converted.codeActions(doc.uri, codeActions(p.textDocument.uri, p.context.diagnostics, a, locale(a)));
      if (!trusted || !canCreateFiles || (only && !only.some((k) => k === 'quickfix' || k.startsWith('quickfix.')))) return fixes;
      return [...fixes, ...acceptedFindings.actions(p.textDocument.uri, p.context.diagnostics, a, locale(a))];
    }),
  );

  documents.listen(connection);
  connection.listen();
}

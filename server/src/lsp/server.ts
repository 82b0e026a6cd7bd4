import {
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../features/codeActions';
import { toDiagnostics } from '../features/diagnostics';
import { foldingRanges } from '../features/folding';
import { documentSymbols } from '../features/symbols';
import { analyze, type Analysis } from '../rules/analyze';
import { toLocale, type Locale } from '../util/i18n';
import { runSafe } from './runSafe';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';

/** Analyses are cached per document version: every feature reads the same one. */
class AnalysisCache {
  private readonly entries = new Map<string, { version: number; key: string; analysis: Analysis }>();

  get(doc: TextDocument, settings: Settings): Analysis {
    const key = JSON.stringify([settings.rules, settings.catalog.edition]);
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.key === key) return hit.analysis;
    const edition = settings.catalog.edition === 'auto' ? undefined : settings.catalog.edition;
    const analysis = analyze(doc.getText(), { severities: settings.rules, ...(edition ? { edition } : {}) });
    this.entries.set(doc.uri, { version: doc.version, key, analysis });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

const DEBOUNCE_MS = 250;

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

  const locale = (): Locale => (settings.locale === 'auto' ? clientLocale : settings.locale);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const opts = (params.initializationOptions ?? {}) as { locale?: string };
    clientLocale = toLocale(opts.locale ?? params.locale);
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'budget-disclosure-language-server', version: '0.1.0' },
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

  connection.onInitialized(() => {
    void loadSettings().then(() => documents.all().forEach((d) => schedule(d, 0)));
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (hasConfiguration) await loadSettings();
    else settings = readSettings((change.settings as { budgetDisclosure?: unknown })?.budgetDisclosure).settings;
    documents.all().forEach((d) => schedule(d, 0));
  });

  const publish = (doc: TextDocument) =>
    runSafe(log, 'diagnostics', undefined, () => {
      const analysis = cache.get(doc, settings);
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: toDiagnostics(analysis, doc.uri, locale()) });
    });

  const schedule = (doc: TextDocument, delay = DEBOUNCE_MS) => {
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
      return doc ? documentSymbols(cache.get(doc, settings).model) : [];
    }),
  );
  connection.onFoldingRanges((p) =>
    runSafe(log, 'foldingRange', [], () => {
      const doc = documents.get(p.textDocument.uri);
      return doc ? foldingRanges(cache.get(doc, settings).model) : [];
    }),
  );
  connection.onCodeAction((p) => runSafe(log, 'codeAction', [], () => codeActions(p.textDocument.uri, p.context.diagnostics)));

  documents.listen(connection);
  connection.listen();
}

// VS Code client for the budget-disclosure language server (dist/server.js), in the spirit of the lsp-sample:
// it starts the bundled server over node IPC once a budget-disclosure document is open, passes the UI locale and
// the workspace-trust state in initializationOptions, and offers "Check as budget disclosure" for any document.
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

export const LANGUAGE_ID = 'budget-disclosure';
const SECTION = 'budgetDisclosure';
/** Sent to the server when the user trusts the workspace after start-up; params: TrustChangedParams. */
export const TRUST_CHANGED_NOTIFICATION = 'budgetDisclosure/trustChanged';
export interface TrustChangedParams {
  workspaceTrusted: boolean;
}
export interface InitializationOptions {
  /** BCP-47 tag the server should use for messages: the budgetDisclosure.locale setting, or the UI language when "auto". */
  locale: string;
  /** The VS Code UI language (vscode.env.language), whatever the setting says. */
  uiLanguage: string;
  /** False in Restricted Mode: the server must then ignore workspace-supplied catalog and template paths. */
  workspaceTrusted: boolean;
}

/** A title such as 2024年部门预算信息公开目录 / 单位预算收支总表 / 部门决算 in one of the first lines. */
const TITLE = /(部门预算|单位预算|预算信息公开|预算公开|决算)/;
const DETECT_LINES = 10;
const DETECT_MAX_TITLE_LENGTH = 80;
const SCHEMES = ['file', 'untitled'];
/** PDF, DOCX and XLSX files opened as their canonical text: read-only virtual documents of this scheme. */
export const CONVERTED_SCHEME = 'budget-disclosure-converted';
const CONVERT_REQUEST = 'budgetDisclosure/convert';
interface ConvertReply {
  text: string;
  pages: number;
  problems: Array<{ message: string; fatal: boolean }>;
}
/** The canonical texts the server made, by virtual URI. */
const convertedTexts = new Map<string, string>();
const convertedChanged = new vscode.EventEmitter<vscode.Uri>();

let client: LanguageClient | undefined;
/** Documents switched by auto-detection once: if the user picks another language afterwards, leave it be. */
const autoDetected = new Set<string>();
let starting: Promise<void> | undefined;

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('budgetDisclosure.checkAsDisclosure', async (uri?: vscode.Uri) => {
      const document = uri instanceof vscode.Uri
        ? await vscode.workspace.openTextDocument(uri)
        : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage(message('先打开一个文档。', 'Open a document first.'));
        return;
      }
      if (document.languageId !== LANGUAGE_ID) {
        await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
      }
      if (uri instanceof vscode.Uri) await vscode.window.showTextDocument(document);
      await ensureStarted(context);
    }),
    vscode.workspace.registerTextDocumentContentProvider(CONVERTED_SCHEME, {
      onDidChange: convertedChanged.event,
      provideTextDocumentContent: (uri) => convertedTexts.get(uri.toString()) ?? '',
    }),
    vscode.commands.registerCommand('budgetDisclosure.openAsDisclosure', (uri?: vscode.Uri, uris?: vscode.Uri[]) =>
      openConverted(context, uri, uris),
    ),
    vscode.commands.registerCommand('budgetDisclosure.copyFix', async (text: string) => {
      await vscode.env.clipboard.writeText(text);
      void vscode.window.showInformationMessage(message('改正文字已复制；请在源文件中修改。', 'The corrected text is copied; make the change in the source file.'));
    }),
    vscode.commands.registerCommand('budgetDisclosure.restartServer', async () => {
      await stopClient();
      await ensureStarted(context);
    }),
    vscode.workspace.onDidOpenTextDocument((document) => void onDocument(context, document)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      // The server re-reads budgetDisclosure.catalog.customPaths / templates.paths once trusted.
      void client?.sendNotification(TRUST_CHANGED_NOTIFICATION, { workspaceTrusted: true } satisfies TrustChangedParams);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // Messages are localised when the server initialises, so a new locale needs a new server.
      if (client && event.affectsConfiguration(`${SECTION}.locale`)) {
        await stopClient();
        await ensureStarted(context);
      }
    }),
    { dispose: () => void stopClient() },
  );
  for (const document of vscode.workspace.textDocuments) void onDocument(context, document);
}

export function deactivate(): Thenable<void> | undefined {
  return stopClient();
}

async function onDocument(context: vscode.ExtensionContext, document: vscode.TextDocument): Promise<void> {
  if (document.languageId === LANGUAGE_ID) {
    await ensureStarted(context);
  } else if (
    document.languageId === 'plaintext' &&
    SCHEMES.includes(document.uri.scheme) &&
    !autoDetected.has(document.uri.toString()) &&
    autoDetectEnabled(document) &&
    looksLikeDisclosure(document)
  ) {
    // A .txt file is "plaintext" by extension, so the firstLine pattern in package.json never applies to it.
    autoDetected.add(document.uri.toString());
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  }
}

/**
 * Opens a PDF, DOCX or XLSX (several, selected together: joined into one document) as its canonical text. The
 * server converts (it has pdfjs and the analysis; the client bundles neither); the text is shown as a read-only
 * virtual document, so nothing is written beside the source. The conversion shows progress and can be cancelled.
 */
async function openConverted(context: vscode.ExtensionContext, uri?: vscode.Uri, uris?: vscode.Uri[]): Promise<void> {
  const picked = uris && uris.length > 1 ? uris : uri ? [uri] : vscode.window.activeTextEditor ? [vscode.window.activeTextEditor.document.uri] : [];
  const sources = picked.filter((u) => u.scheme === 'file' && /\.(pdf|docx|xlsx)$/i.test(u.path));
  if (!sources.length) {
    void vscode.window.showInformationMessage(message('请选择 PDF、Word（.docx）或 Excel（.xlsx）文件。', 'Select a PDF, Word (.docx) or Excel (.xlsx) file.'));
    return;
  }
  await ensureStarted(context);
  const current = client;
  if (!current) return;
  const name = sources.map((u) => u.path.split('/').pop()).join(' + ');
  const target = vscode.Uri.from({ scheme: CONVERTED_SCHEME, path: `${sources[0].path}${sources.length > 1 ? '+' + sources.length : ''}.disclosure.txt` });
  const reply = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: message(`正在读取 ${name}…`, `Reading ${name}…`), cancellable: true },
    async (_progress, token) => {
      try {
        return await current.sendRequest<ConvertReply>(CONVERT_REQUEST, { uris: sources.map((u) => u.toString()), target: target.toString() }, token);
      } catch (error) {
        if (token.isCancellationRequested) return undefined;
        throw error;
      }
    },
  );
  if (!reply) return;
  const fatal = reply.problems.find((p) => p.fatal);
  if (fatal) {
    void vscode.window.showErrorMessage(`${name}: ${fatal.message}`);
    return;
  }
  for (const p of reply.problems) void vscode.window.showWarningMessage(`${name}: ${p.message}`);
  convertedTexts.set(target.toString(), reply.text);
  convertedChanged.fire(target);
  let document = await vscode.workspace.openTextDocument(target);
  if (document.languageId !== LANGUAGE_ID) document = await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  await vscode.window.showTextDocument(document, { preview: false });
}

function autoDetectEnabled(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration(SECTION, document).get<boolean>('autoDetect', true);
}

/** True when one of the first non-empty lines is a short line naming a budget or final-accounts disclosure. */
export function looksLikeDisclosure(document: Pick<vscode.TextDocument, 'lineCount' | 'lineAt'>): boolean {
  let seen = 0;
  for (let line = 0; line < document.lineCount && seen < DETECT_LINES; line++) {
    const text = document.lineAt(line).text.trim();
    if (!text) continue;
    seen++;
    if (text.length <= DETECT_MAX_TITLE_LENGTH && TITLE.test(text)) return true;
  }
  return false;
}

/** The client has two messages; the server owns all other localisation. */
function message(zh: string, en: string): string {
  return /^zh/i.test(vscode.env.language) ? zh : en;
}

function initializationOptions(): InitializationOptions {
  const configured = vscode.workspace.getConfiguration(SECTION).get<string>('locale', 'auto');
  return {
    locale: configured && configured !== 'auto' ? configured : vscode.env.language,
    uiLanguage: vscode.env.language,
    workspaceTrusted: vscode.workspace.isTrusted,
  };
}

function ensureStarted(context: vscode.ExtensionContext): Promise<void> {
  if (client) return starting ?? Promise.resolve();
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Saved and untitled documents, and converted PDF/DOCX/XLSX texts: not the git: side of a diff, nor other virtual copies.
    documentSelector: [...SCHEMES, CONVERTED_SCHEME].map((scheme) => ({ scheme, language: LANGUAGE_ID })),
    initializationOptions: initializationOptions(),
    synchronize: { configurationSection: SECTION },
  };
  // The id makes the client read budgetDisclosure.trace.server by itself.
  const created = new LanguageClient(SECTION, 'Budget Disclosure (预算公开)', serverOptions, clientOptions);
  client = created;
  starting = created.start().catch((error: unknown) => {
    if (client === created) client = undefined;
    void vscode.window.showErrorMessage(
      message('预算公开语言服务器启动失败：', 'Budget disclosure language server failed to start: ') + String(error),
    );
  }).finally(() => {
    starting = undefined;
  });
  return starting;
}

async function stopClient(): Promise<void> {
  const current = client;
  client = undefined;
  if (!current) return;
  try {
    await starting;
    await current.stop();
  } catch {
    // Already stopped or never started: nothing to clean up.
  }
}

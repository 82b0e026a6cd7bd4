// The scenarios of test/e2e/e2e.mjs, expressed with the VS Code API for @vscode/test-electron: the same documents,
// the same expectations (diagnostics from source budget-disclosure, the 702.04 narrative finding, the hover on 30231,
// table names in the document symbols that feed the Outline, a contributed snippet, auto-detection, the command,
// and the N02 quick fix applied to a copy of seed 002).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export interface Scenario {
  name: string;
  title: string;
  run(): Promise<string>;
}

const LANGUAGE_ID = 'budget-disclosure';
const SEEDS = { narrative: '002_fad325e220640957.txt', tables: '000_c07f0f5eae527350.txt', threePublic: '003_128e717d0dc574da.txt' };
/** The quick-fix scenario edits its own copy of the narrative seed (written here when the workspace lacks it). */
const FIX_COPY = ['other', 'fix-002.txt'];
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 60_000);

function workspaceFile(...parts: string[]): vscode.Uri {
  const root = process.env.BD_E2E_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!root) throw new Error('no workspace folder');
  return vscode.Uri.file(path.join(root, ...parts));
}

/** Polls fn until it returns a truthy value (never a fixed sleep). */
async function poll<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, timeout = TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function open(...parts: string[]): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(...parts));
  return vscode.window.showTextDocument(document);
}

function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === LANGUAGE_ID);
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

function symbolNames(symbols: (vscode.DocumentSymbol | vscode.SymbolInformation)[]): string[] {
  return symbols.flatMap((s) => [s.name, ...('children' in s ? symbolNames(s.children) : [])]);
}

export const scenarios: Scenario[] = [
  {
    name: 'problems',
    title: `diagnostics from source budget-disclosure for seeds/${SEEDS.narrative}`,
    async run() {
      const editor = await open('seeds', SEEDS.narrative);
      const uri = editor.document.uri;
      await poll('language budget-disclosure', () => languageOf(uri) === LANGUAGE_ID);
      const diagnostics = await poll('diagnostics', () => (ours(uri).length ? ours(uri) : undefined));
      return `${diagnostics.length} diagnostics, e.g. ${JSON.stringify(diagnostics[0].message)}`;
    },
  },
  {
    name: 'narrative-702.04',
    title: 'a diagnostic about 702.04 (narrative vs tables) in seed 002',
    async run() {
      const uri = workspaceFile('seeds', SEEDS.narrative);
      await open('seeds', SEEDS.narrative);
      const hit = await poll('a diagnostic mentioning 702.04', () => ours(uri).find((d) => d.message.includes('702.04')), Math.min(TIMEOUT, 30_000));
      return `line ${hit.range.start.line + 1}: ${hit.message}`;
    },
  },
  {
    name: 'hover',
    title: `hover on 30231 in seeds/${SEEDS.tables} mentions 公务用车运行维护费`,
    async run() {
      const editor = await open('seeds', SEEDS.tables);
      const document = editor.document;
      await poll('language budget-disclosure', () => languageOf(document.uri) === LANGUAGE_ID);
      let position: vscode.Position | undefined;
      for (let line = 0; line < document.lineCount && !position; line++) {
        const text = document.lineAt(line).text;
        if (/(^|\t)\s*30231\s*(\t|$)/.test(text)) position = new vscode.Position(line, text.indexOf('30231') + 2);
      }
      if (!position) throw new Error('no 30231 cell in the seed');
      const at = position;
      const text = await poll('hover text with 公务用车运行维护费', async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
        const t = hoverText(hovers ?? []);
        return t.includes('公务用车运行维护费') ? t : undefined;
      });
      return text.replace(/\s+/g, ' ').slice(0, 160);
    },
  },
  {
    name: 'outline',
    title: `document symbols (Outline) of seeds/${SEEDS.tables} include 部门预算收支总表`,
    async run() {
      const editor = await open('seeds', SEEDS.tables);
      const names = await poll('a symbol 部门预算收支总表', async () => {
        const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
          'vscode.executeDocumentSymbolProvider', editor.document.uri);
        const n = symbolNames(symbols ?? []);
        return n.some((s) => s.includes('部门预算收支总表')) ? n : undefined;
      });
      return `${names.length} symbols: ${names.slice(0, 4).join(' | ')}`;
    },
  },
  {
    name: 'snippet',
    title: 'the contributed snippet 部门固定资产占用情况表 inserts the table',
    async run() {
      const editor = await open('other', 'snippet.disclosure');
      await poll('language budget-disclosure', () => editor.document.languageId === LANGUAGE_ID);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: LANGUAGE_ID, name: '部门固定资产占用情况表' });
      const text = await poll('the inserted table', () => {
        const t = editor.document.getText();
        return t.includes('部门固定资产占用情况表') && t.includes('资产总额') ? t : undefined;
      }, 10_000);
      return text.split('\n').slice(0, 4).join(' / ');
    },
  },
  {
    name: 'auto-detect',
    title: 'other/detected.txt (title on line 3) becomes budget-disclosure by itself',
    async run() {
      const editor = await open('other', 'detected.txt');
      await poll('language budget-disclosure', () => languageOf(editor.document.uri) === LANGUAGE_ID, 15_000);
      return 'languageId budget-disclosure';
    },
  },
  {
    name: 'command',
    title: 'budgetDisclosure.checkAsDisclosure turns other/notes.txt into budget-disclosure',
    async run() {
      const editor = await open('other', 'notes.txt');
      if (editor.document.languageId !== 'plaintext') throw new Error(`expected plaintext, got ${editor.document.languageId}`);
      await vscode.commands.executeCommand('budgetDisclosure.checkAsDisclosure');
      await poll('language budget-disclosure', () => languageOf(editor.document.uri) === LANGUAGE_ID, 15_000);
      return 'languageId budget-disclosure';
    },
  },
  {
    name: 'code-lens',
    title: `a lens above the “三公” table of seeds/${SEEDS.threePublic} counts 2 broken identities; running it selects the 会议费 finding on line 353`,
    async run() {
      const editor = await open('seeds', SEEDS.threePublic);
      const uri = editor.document.uri;
      await poll('language budget-disclosure', () => languageOf(uri) === LANGUAGE_ID);
      const lens = await poll('a code lens “2 … broken”', async () => {
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
        return (lenses ?? []).find((l) => /^✗ 2 /.test(l.command?.title ?? ''));
      });
      await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
      const line = await poll('the selection on line 353', () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.uri.toString() === uri.toString() && active.selection.start.line === 352 ? active.selection.start.line + 1 : undefined;
      }, 20_000);
      return `lens ${JSON.stringify(lens.command!.title)} on line ${lens.range.start.line + 1}; selection on line ${line}`;
    },
  },
  {
    name: 'quick-fix',
    title: `the N02 quick fix on line 1759 of ${FIX_COPY.join('/')} (copy of seed 002) changes 702.04 to 1079.09`,
    async run() {
      const LINE = 1758; // 0-based: line 1759
      const copy = workspaceFile(...FIX_COPY);
      if (!fs.existsSync(copy.fsPath)) fs.copyFileSync(workspaceFile('seeds', SEEDS.narrative).fsPath, copy.fsPath);
      const editor = await open(...FIX_COPY);
      const document = editor.document;
      const uri = document.uri;
      await poll('language budget-disclosure (auto-detected)', () => languageOf(uri) === LANGUAGE_ID, 15_000);
      const original = document.lineAt(LINE).text;
      const at = original.indexOf('702.04');
      if (at < 0 || original.indexOf('702.04', at + 1) >= 0) throw new Error('line 1759 does not hold 702.04 exactly once');
      const expected = `${original.slice(0, at)}1079.09${original.slice(at + '702.04'.length)}`;
      const onLine = () => ours(uri).find((d) => codeOf(d) === 'N02' && d.range.start.line === LINE);
      const diagnostic = await poll('N02 on line 1759', onLine, Math.min(TIMEOUT, 30_000));
      // The cursor on 702.04, as a person puts it before pressing Ctrl+.
      const range = new vscode.Range(LINE, at + 1, LINE, at + 1);
      editor.selection = new vscode.Selection(range.start, range.end);
      const fixTitle = /Change to "1079\.09"|改为“1079\.09”/;
      const action = await poll('the quick fix 1079.09', async () => {
        const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
          'vscode.executeCodeActionProvider', uri, range);
        return (actions ?? []).find((a): a is vscode.CodeAction => 'edit' in a && !!a.edit && fixTitle.test(a.title));
      }, 15_000);
      if (!(await vscode.workspace.applyEdit(action.edit!))) throw new Error(`applyEdit refused "${action.title}"`);
      const after = document.lineAt(LINE).text;
      if (!after.includes('1079.09万元')) throw new Error(`line 1759 lacks 1079.09万元: ${after.slice(at - 10, at + 20)}`);
      if (after !== expected) throw new Error('line 1759 changed beyond 702.04 -> 1079.09');
      await poll('N02 on line 1759 to go away', () => !onLine(), Math.min(TIMEOUT, 30_000));
      const rest = await poll('the other diagnostics of the copy', () => (ours(uri).length ? ours(uri) : undefined), 10_000);
      return `"${action.title}" fixed "${diagnostic.message}"; line 1759 now …${after.slice(at - 10, at + 14)}…; ${rest.length} other diagnostics remain`;
    },
  },
];

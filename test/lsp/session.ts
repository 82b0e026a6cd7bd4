import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LineIndex } from '../../server/src/util/lineIndex';
import { ROOT } from '../helpers';

/** A language server session over stdio for tests: the bundled server (dist/server.js) and a JSON-RPC client. */
export const SERVER = join(ROOT, 'dist', 'server.js');

/** Polls `check` until it returns a value or the deadline passes (no fixed sleeps). */
export async function waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface Session {
  proc: ChildProcessWithoutNullStreams;
  conn: MessageConnection;
  diagnostics: Map<string, Diagnostic[]>;
  messages: string[];
  exited: { code: number | null } | undefined;
}

export function start(): Session {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const s: Session = { proc, conn, diagnostics: new Map(), messages: [], exited: undefined };
  proc.on('exit', (code) => (s.exited = { code }));
  proc.stderr.resume();
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
    s.diagnostics.set(p.uri, p.diagnostics);
  });
  conn.onRequest('window/showMessageRequest', (p: { message: string }) => {
    s.messages.push(p.message);
    return null;
  });
  conn.onNotification('window/showMessage', (p: { message: string }) => {
    s.messages.push(p.message);
  });
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  return s;
}

export async function initialize(s: Session, root: string, options: Record<string, unknown> = {}) {
  const result = await s.conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ws' }],
    capabilities: { textDocument: { publishDiagnostics: {}, hover: { contentFormat: ['markdown'] } }, workspace: {} },
    initializationOptions: { locale: 'zh-CN', ...options },
  });
  await s.conn.sendNotification('initialized', {});
  return result as { capabilities: Record<string, unknown> };
}

export async function open(s: Session, uri: string, text: string) {
  await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'budget-disclosure', version: 1, text } });
}

export async function stop(s: Session) {
  await s.conn.sendRequest('shutdown');
  await s.conn.sendNotification('exit');
  await waitFor('server exit', () => s.exited);
  s.conn.dispose();
  return s.exited!.code;
}

export function positionOf(text: string, needle: string, delta: number) {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not found`);
  return new LineIndex(text).positionAt(at + delta);
}

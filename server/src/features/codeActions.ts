import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import type { DiagnosticData } from './diagnostics';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/**
 * Quick fixes for the diagnostics in the request's context: each fix replaces exactly the range it names.
 * The server never edits a document on its own; the user picks one of these.
 */
export function codeActions(uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    const data = d.data as DiagnosticData | undefined;
    for (const fix of data?.fixes ?? []) {
      out.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: data!.fixes.length === 1,
        edit: { changes: { [uri]: [{ range: fix.range, newText: fix.newText }] } },
      });
    }
  }
  return out;
}

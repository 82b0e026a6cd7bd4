import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Analysis } from '../rules/analyze';
import { localize, type Locale } from '../util/i18n';
import { toRange } from './convert';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/**
 * Quick fixes for the diagnostics in the request's context. Each diagnostic is matched to a finding of the
 * *current* analysis (same rule, same range), and its fixes are taken from there, so a fix never applies a range
 * computed for an older version of the text; a diagnostic that no longer matches gets no fix. Each fix replaces
 * exactly the range it names. The server never edits a document on its own: the user picks one of these.
 */
export function codeActions(uri: string, diagnostics: readonly Diagnostic[], analysis: Analysis, locale: Locale): CodeAction[] {
  const out: CodeAction[] = [];
  const lines = analysis.model.lines;
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    // Two findings of one rule can share a range (a 合计 that differs from two sums): the message tells them apart,
    // so a diagnostic is never offered the other finding's fix.
    const finding = analysis.findings.find(
      (f) => f.ruleId === d.code && f.fixes.length > 0 && sameRange(toRange(lines, f.span), d.range) && (d.message === f.message['zh-CN'] || d.message === f.message.en),
    );
    if (!finding) continue;
    for (const fix of finding.fixes) {
      out.push({
        title: localize(fix.title, locale),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: finding.fixes.length === 1,
        edit: { changes: { [uri]: [{ range: toRange(lines, fix.span), newText: fix.newText }] } },
      });
    }
  }
  return out;
}

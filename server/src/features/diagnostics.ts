import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from '../rules/analyze';
import type { Finding, Severity } from '../rules/types';
import { localize, type Locale } from '../util/i18n';
import { toRange } from './convert';
import { ruleDocUrl } from '../rules/docsUrl';

export const DIAGNOSTIC_SOURCE = 'budget-disclosure';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The analysis's findings as LSP diagnostics: code = rule id, message in the user's language,
 * related information pointing at the parts of a failed identity. Quick fixes come from `codeActions`, which
 * re-reads the current analysis.
 */
export function toDiagnostics(analysis: Analysis, uri: string, locale: Locale): Diagnostic[] {
  const lines = analysis.model.lines;
  return analysis.findings.map((f: Finding) => {
    const d: Diagnostic = {
      range: toRange(lines, f.span),
      severity: SEVERITY[f.severity],
      code: f.ruleId,
      codeDescription: { href: ruleDocUrl(f.ruleId) },
      source: DIAGNOSTIC_SOURCE,
      message: localize(f.message, locale),
    };
    if (f.related.length) {
      d.relatedInformation = f.related.map((r) => ({
        location: { uri, range: toRange(lines, r.span) },
        message: localize(r.message, locale),
      }));
    }
    return d;
  });
}

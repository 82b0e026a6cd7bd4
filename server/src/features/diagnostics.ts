import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Analysis } from '../rules/analyze';
import type { Finding, Severity } from '../rules/types';
import type { Span } from '../util/span';
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

const NUMBER_BEFORE = /[-+]?\d[\d,，]*(?:\.\d+)?$/;
const UNIT_AFTER = /^(?:万元|亿元|元|%|％)/;

/**
 * The range a squiggle covers: a finding on a figure covers the figure with its unit (0.34元, not 0.34 or 元), so
 * the user sees what is wrong as one thing. Findings on anything else keep their span.
 */
export function squiggleSpan(text: string, span: Span): Span {
  let { start, end } = span;
  const inner = text.slice(start, end);
  if (end - start > 40) return span;
  // A figure: take the unit printed right after it.
  if (/^[-+]?\d[\d,，]*(?:\.\d+)?$/.test(inner)) {
    const u = UNIT_AFTER.exec(text.slice(end, end + 2));
    if (u) end += u[0].length;
  } else if (/^(?:万元|亿元|元|%|％)$/.test(inner)) {
    // A unit: take the figure printed right before it.
    const n = NUMBER_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    if (n) start -= n[0].length;
  }
  return { start, end };
}

/**
 * The analysis's findings as LSP diagnostics: code = rule id, message in the user's language,
 * related information pointing at the parts of a failed identity. Quick fixes come from `codeActions`, which
 * re-reads the current analysis.
 */
export function toDiagnostics(analysis: Analysis, uri: string, locale: Locale): Diagnostic[] {
  const lines = analysis.model.lines;
  return analysis.findings.map((f: Finding) => {
    const d: Diagnostic = {
      range: toRange(lines, squiggleSpan(analysis.model.text, f.span)),
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

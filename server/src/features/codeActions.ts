import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Analysis } from '../rules/analyze';
import { localize, type Locale } from '../util/i18n';
import { toRange } from './convert';
import type { Fix } from '../rules/types';
import { DIAGNOSTIC_SOURCE, squiggleSpan } from './diagnostics';

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
    const finding = analysis.findings.find((f) => f.ruleId === d.code && f.fixes.length > 0 && sameRange(toRange(lines, squiggleSpan(analysis.model.text, f.span)), d.range));
    if (!finding) continue;
    for (const fix of finding.fixes) {
      out.push({
        title: fixTitle(analysis.model.text, fix, locale),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: finding.fixes.length === 1,
        edit: { changes: { [uri]: [{ range: toRange(lines, fix.span), newText: fix.newText }] } },
      });
    }
  }
  return out;
}

const MAX_SHOWN = 24;

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_SHOWN ? `${one.slice(0, MAX_SHOWN - 1)}…` : one;
}

/**
 * A fix's title says what it changes: 删除“（增加内容）”, 将“0.34元”改为“0.34万元”, 将“1079.08”改为“1079.09”, with the
 * rule's reason when it gives one (将“1079.08”改为“1079.09”（收支总表本年支出合计）). A unit changed alone is
 * shown with its figure, as the user reads it.
 */
export function fixTitle(text: string, fix: Fix, locale: Locale): string {
  const own = localize(fix.title, locale);
  let before = text.slice(fix.span.start, fix.span.end);
  let after = fix.newText;
  if (!before.trim() && after.trim()) return own;
  // The figure a unit belongs to, on both sides: 0.34元 → 0.34万元.
  const shown = squiggleSpan(text, fix.span);
  if (shown.start < fix.span.start) {
    const figure = text.slice(shown.start, fix.span.start);
    before = figure + before;
    after = figure + after;
  }
  const en = locale === 'en';
  const reason = fix.reason ? (en ? `(${fix.reason.en})` : `（${fix.reason['zh-CN']}）`) : '';
  if (!after) return en ? `Delete “${clip(before)}”${reason ? ` ${reason}` : ''}` : `删除“${clip(before)}”${reason}`;
  return en ? `Change “${clip(before)}” to “${clip(after)}”${reason ? ` ${reason}` : ''}` : `将“${clip(before)}”改为“${clip(after)}”${reason}`;
}

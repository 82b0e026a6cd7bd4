import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { Analysis } from '../rules/analyze';
import type { Finding } from '../rules/types';
import { localize, type Locale } from '../util/i18n';
import { toRange } from './convert';
import type { Fix } from '../rules/types';
import { DIAGNOSTIC_SOURCE, squiggleSpan } from './diagnostics';
import { fixAll, minimalEdit } from './fixAll';
import type { LineIndex } from '../util/lineIndex';

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/**
 * The finding of the current analysis a diagnostic stands for: same rule, same range, same message. Two findings
 * of one rule can share a range (a 合计 that differs from two sums): the message tells them apart, so a diagnostic
 * is never offered the other finding's fix.
 */
export function findingFor(d: Diagnostic, analysis: Analysis): Finding | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE) return undefined;
  const lines = analysis.model.lines;
  return analysis.findings.find(
    (f) =>
      f.ruleId === d.code &&
      sameRange(toRange(lines, squiggleSpan(analysis.model.text, f.span)), d.range) &&
      (d.message === f.message['zh-CN'] || d.message === f.message.en),
  );
}

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
    const finding = findingFor(d, analysis);
    if (!finding || finding.fixes.length === 0) continue;
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

/** The kind of the fix-all source action (`editor.codeActionsOnSave: { "source.fixAll.budgetDisclosure": "explicit" }`). */
export const FIX_ALL_KIND = 'source.fixAll.budgetDisclosure';

/**
 * Every fix that is safe to apply together (features/fixAll.ts), as one source action. With one pass, one edit per
 * fix, each exactly its range; with more (a fix that makes another finding's fix possible), the smallest single
 * replacement from the old text to the new. Undefined when there is nothing to fix.
 */
export function fixAllAction(uri: string, text: string, analyzeText: (t: string) => Analysis, lines: LineIndex, locale: Locale): CodeAction | undefined {
  const { text: fixed, applied } = fixAll(text, analyzeText);
  if (applied.length === 0) return undefined;
  const onePass = applied.every((a) => a.pass === 1);
  const edits = onePass
    ? applied.map((a) => ({ range: toRange(lines, { start: a.start, end: a.end }), newText: a.newText }))
    : [minimalEdit(text, fixed)!].map((e) => ({ range: toRange(lines, { start: e.start, end: e.end }), newText: e.newText }));
  const n = applied.length;
  return {
    title: locale === 'en' ? `Fix all ${n} budget-disclosure finding${n === 1 ? '' : 's'} that have one safe fix` : `修复全部可安全修复的问题（${n} 处）`,
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: edits } },
  };
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

import { expect } from 'vitest';
import { analyze } from '../../server/src/rules/analyze';
import { findings, seed } from '../helpers';

/** A seed with one passage replaced (same line count), for failing variants of a passing seed sentence. */
export function edit(num: string, ...pairs: Array<[string, string]>): string {
  let t = seed(num);
  for (const [from, to] of pairs) {
    expect(t.includes(from), `seed ${num} contains ${from}`).toBe(true);
    t = t.replace(from, to);
  }
  return t;
}

/** The same, replacing the n-th (1-based) occurrence only. */
export function editNth(text: string, from: string, to: string, n: number): string {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(from, at + 1);
    expect(at, `occurrence ${n} of ${from}`).toBeGreaterThanOrEqual(0);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Findings of one rule as `line:severity`. */
export function hits(text: string, ruleId: string): string[] {
  return findings(text)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => `${f.line}:${f.severity}`);
}

/** The fixes of one rule's findings, as [text replaced, new text]. */
export function fixes(text: string, ruleId: string): Array<[string, string]> {
  return analyze(text)
    .findings.filter((f) => f.ruleId === ruleId)
    .flatMap((f) => f.fixes.map((x) => [text.slice(x.span.start, x.span.end), x.newText] as [string, string]));
}

/** The 1-based lines that each finding's related information points at. */
export function relatedLines(text: string, ruleId: string): number[][] {
  const a = analyze(text);
  return a.findings.filter((f) => f.ruleId === ruleId).map((f) => f.related.map((r) => a.model.lines.lineAt(r.span.start) + 1));
}

/** The text under each finding of a rule. */
export function spans(text: string, ruleId: string): string[] {
  return analyze(text)
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => text.slice(f.span.start, f.span.end));
}

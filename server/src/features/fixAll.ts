import type { Analysis } from '../rules/analyze';
import type { Fix } from '../rules/types';
import type { Span } from '../util/span';

/** At most this many rounds of "apply the fixes that do not overlap, then check again" (as ESLint's --fix does). */
const MAX_PASSES = 10;

/** One replacement that fix-all made, in the coordinates of the text it was made on. */
export interface AppliedFix {
  readonly pass: number;
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  readonly oldText: string;
  readonly newText: string;
}

/**
 * Every fix that is safe to apply together: in each pass, the findings that offer exactly one fix (a choice is the
 * user's), on a figure no other finding wants changed to another value, and touching no identity another chosen fix
 * touches, are applied; then the text is checked again and the next pass takes what is left, until nothing changes. A fix that would bring back an earlier text (two fixes
 * undoing each other) stops the loop. Returns the final text and what was replaced; nothing else changes.
 */
export function fixAll(text: string, analyzeText: (t: string) => Analysis): { text: string; applied: AppliedFix[] } {
  const applied: AppliedFix[] = [];
  const seen = new Set<string>([text]);
  let current = text;
  let analysis = analyzeText(current);
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const candidates = analysis.findings
      .filter((f) => f.fixes.length === 1)
      .map((f) => ({ ruleId: f.ruleId, fix: f.fixes[0], involved: [f.span, f.fixes[0].span, ...f.related.map((r) => r.span)] }))
      .sort((a, b) => a.fix.span.start - b.fix.span.start || a.fix.span.end - b.fix.span.end);
    // A figure that two findings want changed to different values is the user's choice: left alone.
    const disputed = new Set<string>();
    const wanted = new Map<string, string>();
    for (const c of candidates) {
      const k = `${c.fix.span.start}:${c.fix.span.end}`;
      const w = wanted.get(k);
      if (w !== undefined && w !== c.fix.newText) disputed.add(k);
      wanted.set(k, c.fix.newText);
    }
    // Of fixes that touch one identity (the figure fixed, or a part or total of the same sum), one per pass: the
    // next pass checks again, so a total and its part are never both "corrected" against each other.
    const chosen: Array<{ ruleId: string; fix: Fix }> = [];
    const taken: Span[] = [];
    const done = new Set<string>();
    for (const c of candidates) {
      const k = `${c.fix.span.start}:${c.fix.span.end}`;
      if (disputed.has(k) || done.has(k)) continue;
      if (c.involved.some((s) => taken.some((t) => s.start < t.end && t.start < s.end))) continue;
      chosen.push(c);
      done.add(k);
      taken.push(...c.involved);
    }
    if (chosen.length === 0) break;
    let next = '';
    let at = 0;
    for (const c of chosen) {
      next += current.slice(at, c.fix.span.start) + c.fix.newText;
      at = c.fix.span.end;
    }
    next += current.slice(at);
    if (seen.has(next)) break;
    seen.add(next);
    // A pass must leave fewer errors and warnings than it found; one that does not (fixes of data that disagree
    // with itself, chasing each other) is dropped, and fix-all stops there.
    const after = analyzeText(next);
    if (problems(after) >= problems(analysis)) break;
    for (const c of chosen) {
      applied.push({ pass, ruleId: c.ruleId, start: c.fix.span.start, end: c.fix.span.end, oldText: current.slice(c.fix.span.start, c.fix.span.end), newText: c.fix.newText });
    }
    current = next;
    analysis = after;
  }
  return { text: current, applied };
}

/** Errors and warnings: what a fix is for (rounding hints and notices do not count). */
function problems(a: Analysis): number {
  let n = 0;
  for (const f of a.findings) if (f.severity === 'error' || f.severity === 'warning') n++;
  return n;
}

/** The smallest single replacement that turns `a` into `b`: common prefix and suffix kept. */
export function minimalEdit(a: string, b: string): { start: number; end: number; newText: string } | undefined {
  if (a === b) return undefined;
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, end: a.length - s, newText: b.slice(p, b.length - s) };
}

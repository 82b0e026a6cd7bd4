/**
 * Patterns from a workspace (a team's table templates) are matched against every table title and header cell. A
 * pattern that can backtrack catastrophically (`(a+)+!` against a line of 30 `a` runs for seconds) would stop the
 * diagnostics of every document, so such patterns are refused before they are compiled.
 *
 * The check is the classic "star height" test: a quantified group must not itself contain an unbounded
 * quantifier or an alternation, and back-references are refused. It rejects some harmless patterns
 * (`(ab+)+`); a template can always be written without nesting, as titles are short fixed phrases.
 */
export function unsafePatternReason(pattern: string): { 'zh-CN': string; en: string } | undefined {
  if (pattern.length > 500) return { 'zh-CN': '过长（超过 500 个字符）', en: 'is too long (over 500 characters)' };
  if (/\\[1-9]|\\k</.test(pattern)) return { 'zh-CN': '含反向引用', en: 'holds a back-reference' };
  // Per open group: does it hold an unbounded quantifier or an alternation?
  const stack: { risky: boolean }[] = [{ risky: false }];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') {
      stack.push({ risky: false });
      continue;
    }
    if (c === '|') {
      stack[stack.length - 1].risky = true;
      continue;
    }
    const unbounded = quantifierAt(pattern, i);
    if (c === ')') {
      const group = stack.length > 1 ? stack.pop()! : { risky: false };
      const q = quantifierAt(pattern, i + 1);
      if (group.risky && q === 'unbounded') {
        return { 'zh-CN': '含嵌套的重复（如 (a+)+），可能导致匹配极慢', en: 'nests repetition (as in (a+)+), which can make matching extremely slow' };
      }
      // A group that repeats, or holds what repeats, makes its parent risky too.
      if (group.risky || q === 'unbounded') stack[stack.length - 1].risky = true;
      continue;
    }
    if (unbounded === 'unbounded' && c !== ')') stack[stack.length - 1].risky = true;
  }
  return undefined;
}

/** What quantifier, if any, starts at `i`: `unbounded` for `*`, `+`, `{n,}` and `{n,m}` with m > 1 (an exact `{n}` repeats nothing to choose between). */
function quantifierAt(p: string, i: number): 'unbounded' | 'bounded' | undefined {
  const c = p[i];
  if (c === '*' || c === '+') return 'unbounded';
  if (c === '?') return 'bounded';
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i, i + 24));
    if (!m) return undefined;
    if (m[2] === undefined) return 'bounded';
    if (m[3] === '') return 'unbounded';
    return Number.parseInt(m[3], 10) > 1 ? 'unbounded' : 'bounded';
  }
  return undefined;
}

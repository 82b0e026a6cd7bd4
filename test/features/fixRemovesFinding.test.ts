import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/rules/analyze';
import type { Finding } from '../../server/src/rules/types';
import { SEED_FILES, seed } from '../helpers';

/**
 * Every quick fix the product offers on the seeds, applied alone (replacing exactly its range), removes the finding
 * it was offered for. A finding is recognised after the edit by its rule, its place (the start of the
 * fixed range, moved by the edit) and its message with the figures taken out.
 */
const key = (f: Finding) => `${f.ruleId} ${f.message['zh-CN'].replace(/-?\d[\d,.]*/g, '#')}`;

describe.each(SEED_FILES.map((f) => f.slice(0, 3)))('every fix on seed %s', (id) => {
  it('removes its own finding', () => {
    const text = seed(id);
    const before = analyze(text);
    const left: string[] = [];
    let tried = 0;
    for (const f of before.findings) {
      for (const fix of f.fixes) {
        tried++;
        const after = text.slice(0, fix.span.start) + fix.newText + text.slice(fix.span.end);
        const shift = fix.newText.length - (fix.span.end - fix.span.start);
        const at = f.span.start >= fix.span.end ? f.span.start + shift : f.span.start;
        const still = analyze(after).findings.some((g) => key(g) === key(f) && g.span.start === at);
        if (still) left.push(`${f.ruleId} L${before.model.lines.positionAt(f.span.start).line + 1} "${text.slice(fix.span.start, fix.span.end)}" → "${fix.newText}"`);
      }
    }
    expect(left).toEqual([]);
    expect(tried).toBeGreaterThan(0);
  });
});

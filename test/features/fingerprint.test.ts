import { describe, expect, it } from 'vitest';
import { fingerprints } from '../../server/src/features/fingerprint';
import { analyze } from '../../server/src/rules/analyze';
import { seed } from '../helpers';

/** The SARIF partialFingerprints: a finding keeps its identity across runs and unrelated edits, and loses it when its figures change. */
describe('finding fingerprints', () => {
  const byRule = (text: string) => {
    const a = analyze(text);
    const prints = fingerprints(a);
    return a.findings.map((f) => `${f.ruleId} ${prints.get(f)}`);
  };

  it('are unique within a document and the same on a second run', () => {
    const text = seed('002');
    const first = byRule(text);
    expect(new Set(first).size).toBe(first.length);
    expect(byRule(text)).toEqual(first);
  });

  it('survive an edit elsewhere (a line added at the top) and change when the figure involved changes', () => {
    const text = seed('002');
    const before = new Set(byRule(text));
    const after = new Set(byRule(`附：本文件为征求意见稿。\n${text}`));
    const kept = [...before].filter((p) => after.has(p));
    expect(kept.length).toBe(before.size);
    const at = text.indexOf('702.04');
    expect(at).toBeGreaterThan(0);
    const edited = new Set(byRule(`${text.slice(0, at)}702.05${text.slice(at + 6)}`));
    const n02Before = [...before].filter((p) => p.startsWith('N02 '));
    expect(n02Before.length).toBeGreaterThan(0);
    expect(n02Before.some((p) => !edited.has(p))).toBe(true);
  });
});

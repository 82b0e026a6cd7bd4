import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../server/src/model/buildModel';
import type { OutlineNode } from '../server/src/model/types';
import { parse } from '../server/src/syntax/parse';
import { SEED_FILES, seed } from './helpers';

/** Every span the parser and the model hand out lies inside the text. */
function assertSpansInside(text: string) {
  const p = parse(text);
  const inside = (s: { start: number; end: number }) => {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
  };
  for (const b of p.blocks) {
    inside(b.span);
    if (b.kind === 'table') for (const r of b.rows) for (const c of r.cells) inside(c.span);
  }
  const m = buildModel(text, p);
  for (const t of m.tables) {
    inside(t.span);
    for (const r of t.rows) for (const c of r.cells) inside(c.span);
  }
  for (const s of m.sentences) {
    inside(s.span);
    for (const a of s.amounts) inside(a.span);
  }
  const walk = (n: OutlineNode) => {
    inside(n.span);
    n.children.forEach(walk);
  };
  m.outline.forEach(walk);
}

const pieces = ['\t', '\n', '\r\n', '\r', ' ', '1', '717.53', '合计', '栏次', '部门预算收支总表', '预算年度：2023', '单位：万元', '一、', '（一）',
  '第一部分', '<table>', '<tr>', '<td>', '</td>', '|', '---', '**', '万元', '元', '注：', '.....', '201', '2010301', '＜', '１２', '\u00a0', '\ufeff', '\u0000'];

describe('property: parse and buildModel never throw and keep spans inside the text', () => {
  it('for random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => assertSpansInside(s)), { numRuns: 300, seed: 20261125 });
  });

  it('for random strings built from the documents\' own tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 200 }), (xs) => assertSpansInside(xs.join(''))),
      { numRuns: 300, seed: 7 },
    );
  });

  it('for random edits of the seeds (delete, insert, replace a range)', () => {
    const texts = SEED_FILES.map((f) => seed(f.slice(0, 3)));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: texts.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom('', '\t', '\n', '\n\n', '1.00', '合计', '<table>', '栏次\t1\t2', '**'),
        (i, at, len, insert) => {
          const t = texts[i];
          const start = Math.floor(at * t.length);
          assertSpansInside(t.slice(0, start) + insert + t.slice(Math.min(t.length, start + len)));
        },
      ),
      { numRuns: 60, seed: 42 },
    );
  });
});

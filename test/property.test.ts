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

describe('property: tables converted from PDF (aligned or joined) never break the analysis', () => {
  const codes = ['201', '201   06', '201   06   01', '201   06   02', '2010601', '302', '302   05', '302   06', '30205', '212', '212   01'];
  const names = ['行政运行', '一般公共服务支出', '财政事务', '办公费', '', '一、财政拨款收入'];
  const amounts = ['1,234.56', '0.00', '0', '79,189,400.34', '14,348,853.34', '64,840,547.00', '-5.20', '250.00', '30101', '202', '1,200'];
  const gap = fc.constantFrom(' ', '   ', '        ', '\u3000\u3000');
  const row = fc
    .tuple(fc.constantFrom(...codes), gap, fc.constantFrom(...names), fc.array(fc.tuple(gap, fc.constantFrom(...amounts)), { minLength: 0, maxLength: 4 }))
    .map(([c, g, n, as]) => `${c}${g}${n}${as.map(([g2, a]) => g2 + a).join('')}`);
  const noise = fc.constantFrom('', '合计', '          1,503.52   603.14', '（一）', '部门支出预算表', '单位：万元', '本年支出合计   2,940.05   2,336.91', '说明。');
  const line = fc.oneof({ arbitrary: row, weight: 4 }, { arbitrary: noise, weight: 1 });
  it('every rule runs to the end and every finding, related place and fix lies inside the text', async () => {
    const { analyze } = await import('../server/src/rules/analyze');
    let exercised = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.constant('')), { minLength: 8, maxLength: 40 }), (ls) => {
        const text = ['                部门支出预算表', '                                  单位：元', ...ls].join('\n');
        const a = analyze(text);
        expect(a.failures).toEqual([]);
        exercised += a.recon.byRule('S03').length + a.recon.byRule('S04').length;
        for (const f of a.findings) {
          for (const s of [f.span, ...f.related.map((r) => r.span), ...f.fixes.map((x) => x.span)]) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: 200, seed: 20261202 },
    );
    // The generated tables do reach the identities of S03 and S04, not only the parser.
    expect(exercised).toBeGreaterThan(0);
  });
});

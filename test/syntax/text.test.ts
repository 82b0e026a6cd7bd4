import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/syntax/parse';
import { LineIndex } from '../../server/src/util/lineIndex';
import { compact, labelKey, normalizeChars } from '../../server/src/util/text';

// Characters real exports mix into labels: CJK, ASCII, full-width digits and punctuation, and every odd space.
const ALPHABET = [
  '行', '政', '运', '其', '中', '支', '出', 'a', '1', '.', '(', ')', '（', '）', ':', '：', '*', '<', 'b', '>', '_',
  '１', '．', '％', ' ', '\t', '\u00a0', '\u3000', '\ufeff', '\u2002', '\u200b', '\u2028', '\r', '\n',
];
const messy = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }).map((cs) => cs.join(''));

describe('text normalisation (labels match however they were exported)', () => {
  it('compact removes exactly the white space a regular expression would', () => {
    fc.assert(
      fc.property(messy, (s) => {
        expect(compact(s)).toBe(s.replace(/[\s\u00a0\u3000\ufeff]+/g, ''));
      }),
      { numRuns: 500 },
    );
  });

  it('normalizeChars maps full-width digits and odd spaces one unit for one, so spans stay valid', () => {
    expect(normalizeChars('１２．５０％\u3000万元')).toBe('12.50% 万元');
    fc.assert(
      fc.property(messy, (s) => {
        const n = normalizeChars(s);
        expect(n.length).toBe(s.length);
        expect(n).not.toMatch(/[０-９．％\u00a0\u3000]/);
      }),
      { numRuns: 500 },
    );
  });

  it('a letter-spaced, marked-up or half-width label has the same key as the plain one', () => {
    expect(labelKey('**行政 运行**')).toBe('行政运行');
    expect(labelKey('其中：基本支出')).toBe('基本支出');
    expect(labelKey('工资福利支出(类)')).toBe('工资福利支出（类）');
    expect(labelKey('行政运行')).toBe('行政运行');
    const label = fc.array(fc.constantFrom('行', '政', '运', '支', '出', '（', '）', 'a', '1'), { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(label, fc.array(fc.nat(12), { maxLength: 4 }), (l, at) => {
        let spaced = l;
        for (const k of at) spaced = spaced.slice(0, k) + ' ' + spaced.slice(k);
        expect(labelKey(spaced)).toBe(labelKey(l));
        expect(labelKey(`**${l}**`)).toBe(labelKey(l));
        expect(labelKey(labelKey(spaced))).toBe(labelKey(spaced));
      }),
      { numRuns: 300 },
    );
  });
});

describe('line index', () => {
  it('built from the parser’s line starts, it maps offsets exactly as one that scans the text (\\n, \\r\\n, \\r)', () => {
    const text = fc.array(fc.constantFrom('收', '入', '1', '\t', '\n', '\r\n', '\r', ' '), { maxLength: 60 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const scanned = new LineIndex(t);
        const reused = new LineIndex(t, parse(t).lines.map((l) => l.start));
        expect(reused.starts).toEqual(scanned.starts);
        for (let o = 0; o <= t.length; o++) expect(reused.positionAt(o)).toEqual(scanned.positionAt(o));
      }),
      { numRuns: 300 },
    );
  });
});

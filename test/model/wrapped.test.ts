import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../server/src/model/buildModel';
import { analyze } from '../../server/src/rules/analyze';

/** Narrative as pdftotext writes it: one paragraph over several lines, cut anywhere, even inside 万元. */
const wrapped = [
  '一、收入支出预算总体情况',
  '  江苏省人民检察院2019年度收入、支出预算总计',
  '24,169.74 万元，与上年相比收、支预算总计各增加 2214.39',
  '万元，增长 10.06 %。其中：基本支出 2336.91 万',
  '元，项目支出 603.14 万元。',
].join('\n');

describe('a paragraph wrapped over lines (PDF conversions)', () => {
  it('is read as one: a figure whose unit is on the next line is an amount, and every span points into the source', () => {
    const m = buildModel(wrapped);
    const amounts = m.sentences.flatMap((s) => s.amounts);
    expect(amounts.map((a) => [a.figure.text, a.unit])).toEqual([
      ['24,169.74', '万元'],
      ['2214.39', '万元'],
      ['2336.91', '万元'],
      ['603.14', '万元'],
    ]);
    // The figure's span is the figure; the amount's span runs over the line break to its unit.
    expect(amounts.map((a) => wrapped.slice(a.figure.span.start, a.figure.span.end))).toEqual(['24,169.74', '2214.39', '2336.91', '603.14']);
    expect(wrapped.slice(amounts[2].span.start, amounts[2].span.end)).toBe('2336.91 万\n元');
    expect(wrapped.slice(amounts[1].unitSpan.start, amounts[1].unitSpan.end)).toBe('万元');
    // Lines are the lines the figures are on.
    expect(amounts.map((a) => a.line)).toEqual([2, 2, 3, 4]);
    const pct = m.sentences.flatMap((s) => s.percents)[0];
    expect(wrapped.slice(pct.span.start, pct.span.end)).toBe('10.06 %');
  });

  it('lets the narrative checks see the whole sentence: the growth rate across the break is recomputed', () => {
    const hits = analyze(wrapped).findings.filter((f) => f.ruleId === 'N15');
    expect(hits.map((f) => f.message['zh-CN'])).toEqual([expect.stringContaining('10.06% 与金额算出的 10.09% 不一致')]);
  });

  it('does not join lines that end a sentence, or a line that starts a new item', () => {
    const items = [
      '（一）办公费主要用于日常办公用品购置、办公设备维护维修以及其他日常办公相关开支，共计10.00万元',
      '（二）印刷费主要用于各类文件资料的印刷装订、宣传材料的设计制作以及其他与印刷相关的各项开支，共计5.00万元',
      '（三）邮电费主要用于办公电话、网络通信、邮寄快递以及其他与邮电通信相关的各项日常开支，共计2.00万元',
    ];
    // Items that each start with their numbering stay apart, although none ends with punctuation.
    expect(buildModel(items.join('\n')).sentences.map((s) => s.text)).toEqual(items);
    // A short line is not a wrapped one: a title line above its text stays apart.
    const short = ['收入预算情况说明', '本年收入预算2,946.25万元，比上年增加12.00万元。'];
    expect(buildModel(short.join('\n')).sentences.map((s) => s.text)).toEqual(short);
  });

  it('property: wherever a paragraph is wrapped, every figure is read and its span holds exactly its digits', () => {
    const words = ['本年收入', '基本支出', '项目支出', '比上年增加', '其中', '主要用于', '公用经费', '人员经费'];
    const piece = fc.tuple(fc.constantFrom(...words), fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('万元', '元'));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 5 }), fc.array(fc.nat({ max: 6 }), { maxLength: 5 }), (pieces, cuts, indents) => {
        const flat = '一般公共预算' + pieces.map(([w, i, f, u]) => `${w}${i}.${String(f).padStart(2, '0')}${u}`).join('，') + '。';
        // Cut the paragraph into lines at arbitrary places (inside figures and units too), each line indented.
        const at = [...new Set(cuts.map((c) => 1 + (c % (flat.length - 1))))].sort((a, b) => a - b);
        let text = '';
        let from = 0;
        at.forEach((c, k) => {
          text += flat.slice(from, c) + '\n' + ' '.repeat(indents[k] ?? 0);
          from = c;
        });
        text += flat.slice(from);
        const doc = `说明\n${text}\n`;
        const amounts = buildModel(doc).sentences.flatMap((s) => s.amounts);
        // Lines of fewer than 16 characters are not taken for wrapped ones: then fewer figures may be read.
        const long = at.every((c, k) => c - (k ? at[k - 1] : 0) >= 16);
        if (long) expect(amounts.map((a) => a.figure.text)).toEqual(pieces.map(([, i, f]) => `${i}.${String(f).padStart(2, '0')}`));
        for (const a of amounts) {
          expect(doc.slice(a.figure.span.start, a.figure.span.end).replace(/\s+/g, '')).toBe(a.figure.text);
          // The unit as printed: 万元 may be cut to 万 at the end of a line that is not joined ("…10000.00万").
          expect([a.figure.text + a.unit, `${a.figure.text}万`]).toContain(doc.slice(a.span.start, a.span.end).replace(/\s+/g, ''));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not join a run of unpunctuated lines without end: each figure of 2 000 such lines is still read', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `第${i}项经费安排用于日常运转及设备维护 ${i}.50 万元`);
    const amounts = buildModel(`说明\n${lines.join('\n')}\n`).sentences.flatMap((s) => s.amounts);
    expect(amounts).toHaveLength(2000);
  });
});

import { describe, expect, it } from 'vitest';
import { buildModel } from '../../server/src/model/buildModel';
import { seed } from '../helpers';

/**
 * Every amount of the seeds' 收入说明, 支出说明, 机关运行经费 and “三公” paragraphs, by 1-based line, as printed
 * (figure + unit; a bare 万 reads as 万元). Checked by hand against the seed text.
 */
const EXPECTED: Record<string, Record<number, string[]>> = {
  '000': {
    1523: ["7086800元", "7086800元", "0元", "0元", "0元"],
    1527: ["7086800元", "2355600元", "925100元", "1430500元", "4731200元", "20000元", "110000元", "4000元", "80000元", "56000元", "170000元", "1320000元", "191200元", "2780000元"],
    1534: ["1430500元", "15000元", "2900元", "0元", "0元", "2700元", "7800元", "11200元", "600元", "1500元", "1381700元", "6000元", "500元", "200元", "400元"],
    1537: ["139000元", "0元", "0元", "139000元", "0元"],
  },
  '002': {
    1757: ["1079.09万元", "1079.09万元", "0元", "0元", "0元"],
    1759: ["702.04万元", "670.69万元", "612万元", "58.68万元", "408.4万元", "2.8万元", "50万元", "8万元", "50万元", "7万元", "10万元", "120万元", "138万元", "9.3万元", "3.3万元"],
    1763: ["58.68万元", "5.84万元", "4.44万元", "2万元", "4.2万元", "6.13万元", "20.63万元", "1.68万元", "0.34元", "6.11元", "4.12元", "0.52万元", "0.15万元", "2.52万元"],
    1765: ["12.35万元", "0元", "0元", "10.86万元", "1.49元"],
  },
  '003': {
    427: ["717.53万元", "717.53万元", "0.00万元", "0.00万元", "0.00万元", "0.00万元", "0.00万元"],
    431: ["717.53万元", "496.13万元", "447.41万元", "48.73万元", "221.40万元", "10万元", "11.5万元", "6.12万元", "50万元", "20万元", "7.48万元", "2万元", "6.5万元", "20万元", "85万元", "2.8万元"],
    439: ["48.73万元"],
    443: ["56.32万元", "0.05万元", "0.00万元", "0.00万元", "34.00万元", "22.32万元", "0.05万元"],
  },
  '004': {
    430: ["2075.36万元", "2075.36万元"],
    434: ["2075.36万元", "1892.49万元", "182.87万元"],
    442: ["109.45万元"],
    446: ["14.49万元", "10万元", "0万元", "3.8万元", "0.69元", "14.55万元", "10万元", "0万元", "3.8万元", "0.75万元", "0.06万元", "0.06万元"],
  },
};

describe.each(Object.keys(EXPECTED))('seed %s: narrative amounts', (num) => {
  const model = buildModel(seed(num));
  it('are all extracted with their units, in order', () => {
    const got: Record<number, string[]> = {};
    for (const s of model.sentences) {
      if (!s.topic || !['N2.income', 'N2.expense', 'N3', 'N4'].includes(s.topic)) continue;
      for (const a of s.amounts) (got[s.line + 1] ??= []).push(`${a.figure.text}${a.unit}`);
    }
    expect(got).toEqual(EXPECTED[num]);
  });
});

describe('narrative amounts: labels and spans', () => {
  it('attaches each amount to the words before it, across spaces', () => {
    const m = buildModel('1、收入说明\n反映本部门当年全部收入。2023年预算收入 2075.36 万元，其中：一般公共预算收入 2075.36 万元。');
    const labels = m.sentences.flatMap((s) => s.amounts.map((a) => a.label));
    expect(labels).toEqual(['收入', '一般公共预算收入']);
  });

  it('points the unit span at 元 in "公务接待费1.49元", for the unit fix', () => {
    const text = '四、财政拨款“三公”经费预算情况及增减变化原因\n其中：公务接待费1.49元。';
    const a = buildModel(text).sentences[0].amounts[0];
    expect(text.slice(a.unitSpan.start, a.unitSpan.end)).toBe('元');
    expect(a.label).toBe('公务接待费');
  });

  it('reads years and direction words', () => {
    const s = buildModel('2024年预算收支安排717.53万元，较2023年预算减少5.13万元。').sentences[0];
    expect(s.years.map((y) => y.value)).toEqual([2024, 2023]);
    expect(s.directions.map((d) => d.value)).toEqual(['减少']);
  });
});

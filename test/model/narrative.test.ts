import { describe, expect, it } from 'vitest';
import { buildModel } from '../../server/src/model/buildModel';

/** What the narrative rules rely on in the sentence model: labels, units, spans, topics. */
const amounts = (text: string) => buildModel(text).sentences.flatMap((s) => s.amounts.map((a) => ({ label: a.label, v: `${a.figure.text}${a.unit}`, d: a.figure.decimals })));

describe('narrative sentences for the N rules', () => {
  it('labels the 支出说明 total and the projects after "为"', () => {
    const got = amounts('2、支出说明\n2023年预算支出为702.04万元，其中：基本支出670.69万元；项目支出408.4万元，主要为领导交办的其他工作的行政后勤经费为50万元。');
    expect(got.map((g) => g.label)).toEqual(['支出', '基本支出', '项目支出', '领导交办的其他工作的行政后勤经费']);
    expect(got.map((g) => g.d)).toEqual([2, 2, 1, 0]);
  });

  it('reads 元-denominated narratives as 元 with no decimals', () => {
    expect(amounts('1、收入说明\n2023年预算收入为7086800元，其中：一般公共预算收入7086800元。')).toEqual([
      { label: '收入', v: '7086800元', d: 0 },
      { label: '一般公共预算收入', v: '7086800元', d: 0 },
    ]);
  });

  it('reads spaced figures and a bare 万 before punctuation', () => {
    expect(amounts('2、支出说明\n2023年支出预算 2075.36 万元，大气业务经费10万；政府网站工作经费3.3万。').map((g) => g.v)).toEqual(['2075.36万元', '10万元', '3.3万元']);
  });

  it('gives each sentence the topic of its section', () => {
    const m = buildModel('三、机关运行经费安排情况\n机关运行经费共计安排58.68万元。\n四、财政拨款“三公”经费预算情况及增减变化原因\n“三公”经费预算安排12.35万元。');
    expect(m.sentences.map((s) => s.topic)).toEqual(['N3', 'N4']);
  });

  it('points the figure span at the digits only, for the replacement fix', () => {
    const text = '2、支出说明\n2023年预算支出为702.04万元。';
    const a = buildModel(text).sentences[0].amounts[0];
    expect(text.slice(a.figure.span.start, a.figure.span.end)).toBe('702.04');
  });
});

import { describe, expect, it } from 'vitest';
import { findings, seed } from '../helpers';
import { hits, spans } from './narrativeFixture';

describe('F03 template residue', () => {
  it('002: the instruction at L1763 and 宋体 at L1785', () => {
    expect(hits(seed('002'), 'F03')).toEqual(['1763:warning', '1785:warning']);
    expect(spans(seed('002'), 'F03')[0]).toBe('（明细相加=机关运行经费安排数=预算公开表格中的日常公用经费合计）');
  });

  it('passes on 000, 003 and 004', () => {
    for (const n of ['000', '003', '004']) expect(hits(seed(n), 'F03'), n).toEqual([]);
  });

  it('flags placeholders: XX, ××, 增加（减少）, "主要原因是。", （增加内容）', () => {
    const text = [
      '四、财政拨款“三公”经费预算情况及增减变化原因',
      '2023年“三公”经费预算XX万元，比上年增加（减少）××万元，主要原因是。',
      '其他需要说明的事项：（增加内容）',
    ].join('\n');
    expect(hits(text, 'F03')).toEqual(['2:warning', '2:warning', '2:warning', '2:warning', '3:warning']);
  });
});

describe('F03 residue as PDF conversions deliver it', () => {
  const doc = (body: string) => `某某局2019年度部门预算\n一、收支预算总体情况\n${body}\n`;
  const f03 = (body: string) => findings(doc(body)).filter((f) => f.ruleId === 'F03').map((f) => f.message);

  it('flags every unresolved pair of direction words, also wrapped inside the brackets', () => {
    expect(f03('与上年相比增加（减少）0万元，增长（减少）0%。')).toEqual(['模板残留（未选择的增减用词）：“增加（减少）”', '模板残留（未选择的增减用词）：“增长（减少）”']);
    expect(f03('与上年相比减少0.15万元，下降（增\n长）27.78%，主要原因是会议次数减少和标准压减。')).toEqual(['模板残留（未选择的增减用词）：“下降（增长）”']);
    expect(f03('与上年相比增加12.00万元，增长5.00%，主要原因是人员增加。')).toEqual([]);
  });

  it('flags drafting instructions left in the published text', () => {
    expect(f03('本表反映部门年度总体收入预算情况。填列数应与《收支预算总表》收入数一致。')).toEqual(['模板残留（模板填写说明）：“填列数应与《收支预算总表》收入数一致”']);
    expect(f03('主要用于办公费、印刷费等。（按“部门预算公开06表财政拨款基本支出预算表”中实际发生经济分类支出事项填写）')).toHaveLength(1);
    // Wrapped as the converter delivers it.
    expect(f03('主要用于办公费、印刷费等。（按“部门预算公开06表财政拨款基本支\n出预算表”中实际发生经济分类支出事项填写）')).toHaveLength(1);
    // A citation of the approval the figures follow is no instruction.
    expect(f03('本表根据《关于批复2019年部门预算的通知》（苏财预〔2019〕7号）编制。')).toEqual([]);
  });

  it('flags an editing marker in a heading', () => {
    expect(findings('某单位2024年单位预算\n五、国有资产占有使用情况（增加内容）\n截至2023年底，本单位共有车辆2辆。\n').filter((f) => f.ruleId === 'F03')).toHaveLength(1);
  });
});

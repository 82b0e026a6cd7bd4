import { describe, expect, it } from 'vitest';
import { findings, seed } from '../helpers';
import { edit, fixes, hits } from './narrativeFixture';

describe('N19 obsolete classification names', () => {
  it('passes on the seeds', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'N19'), n).toEqual([]);
  });

  it('flags 医疗卫生与计划生育支出 in a 2023 document', () => {
    const t = edit('004', ['十、卫生健康支出', '十、医疗卫生与计划生育支出']);
    expect(hits(t, 'N19')).toHaveLength(1);
    expect(fixes(t, 'N19')).toEqual([['医疗卫生与计划生育支出', '卫生健康支出']]);
  });

  it('flags 文化体育与传媒支出 but not 文化旅游体育与传媒支出', () => {
    const t = edit('002', ['七、文化旅游体育与传媒支出', '七、文化体育与传媒支出']);
    expect(hits(t, 'N19')).toEqual(['65:warning']);
  });
});

describe('N19 a 款 called （类）', () => {
  const doc = (body: string) => `某某局2024年部门预算\n三、财政拨款支出预算情况\n${body}\n`;
  it('flags a 款 of the catalogue labelled as a 类, also wrapped', () => {
    const wrong = '“一般公共服务支出（类）财政事务（类）行政运行（项）”120.00万元，主要用于机关运行。';
    expect(findings(doc(wrong)).filter((f) => f.ruleId === 'N19').map((f) => f.message)).toEqual(['“财政事务”是款级科目，不应标为（类）']);
    const long = `2024年本部门财政拨款支出预算安排如下：${wrong}`;
    const at = long.indexOf('财政事务') + 3;
    expect(findings(doc(`${long.slice(0, at)}\n${long.slice(at)}`)).filter((f) => f.ruleId === 'N19')).toHaveLength(1);
  });
  it('passes a 类 labelled （类）, with or without its code', () => {
    expect(findings(doc('“一般公共服务支出（类）财政事务（款）行政运行（项）”120.00万元。公共安全支出（204类）司法（06款）其他司法支出（99项）3845.49万元。')).filter((f) => f.ruleId === 'N19')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findings, seed } from '../helpers';
import { edit, hits } from './narrativeFixture';

describe('F08 repeated adjacent paragraphs', () => {
  it('002: L1755 repeats L1754 (template 我省 paragraph kept beside the 我区 one) (info)', () => {
    expect(hits(seed('002'), 'F08')).toEqual(['1755:info']);
  });

  it('passes once one of the two paragraphs is removed', () => {
    const t = edit('002', ['按照预算管理有关规定，目前我省单位预算的编制实行综合预算管理，即全部收入和支出都反映在预算中。', '本单位预算包括全部收入和支出。']);
    expect(hits(t, 'F08')).toEqual([]);
  });

  it('passes on the other seeds', () => {
    for (const n of ['000', '001', '003', '004']) expect(hits(seed(n), 'F08'), n).toEqual([]);
  });
});

describe('F08 paragraphs as a PDF converter wraps them', () => {
  const duty = '主要职能是：贯彻执行国家和本市有关财政、税收工作的方针政策和法律法规，拟订本区财政发展规划和政策措施并组织实施；负责本区各项财政收支管理，编制年度区级预决算草案并组织执行。';
  const wrap = (p: string) => `${p.slice(0, 40)}\n${p.slice(40, 80)}\n${p.slice(80)}`;
  const doc = (body: string) => `某某局2024年部门预算\n一、部门主要职能\n${body}\n二、部门机构设置\n本部门下设5个内设机构。\n`;
  it('flags a paragraph of 职能 pasted twice, each wrapped over lines', () => {
    expect(findings(doc(`${wrap(duty)}\n${wrap(duty)}`)).filter((f) => f.ruleId === 'F08')).toHaveLength(1);
  });
  it('does not take the lines of one wrapped paragraph, or two parallel template paragraphs, for repeats', () => {
    expect(findings(doc(wrap(duty))).filter((f) => f.ruleId === 'F08')).toEqual([]);
    const held = '截至2024年8月31日，本部门共有车辆0辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、其他用车0辆。';
    const buy = '2025年部门预算安排购置车辆0辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、其他用车0辆。';
    expect(findings(doc(`${wrap(held)}\n${wrap(buy)}`).replace('一、部门主要职能', '七、国有资产占用情况')).filter((f) => f.ruleId === 'F08')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import K02 from '../../server/src/rules/defs/K02';
import { K_EXAMPLES, fires, kFindings, t3, t6 } from './codeFixtures';

const k02 = (text: string) => kFindings(text).filter((f) => f.ruleId === 'K02');
const applyFix = (text: string, f: ReturnType<typeof k02>[number]) => {
  const fix = f.fixes[0];
  return text.slice(0, fix.span.start) + fix.newText + text.slice(fix.span.end);
};

describe('K02 printed name differs from the catalogue name', () => {
  it('is a warning', () => expect(K02.defaultSeverity).toBe('warning'));

  it('failing: a wrong name, with a quick fix replacing exactly the printed name', () => {
    const doc = t3(['201\t一般公共服务支出\t10.00\t10.00\t', '20103\t政府办公厅（室）及相关机构事务\t10.00\t10.00\t', '2010301\t行政运行经费\t10.00\t10.00\t']);
    const hits = k02(doc);
    expect(hits).toHaveLength(1);
    expect(hits[0].text).toBe('行政运行经费');
    expect(hits[0].message['zh-CN']).toBe('科目 2010301 的名称应为“行政运行”，此处为“行政运行经费”');
    expect(hits[0].fixes).toHaveLength(1);
    expect(hits[0].fixes[0].title['zh-CN']).toBe('改为目录名称“行政运行”');
    const fixed = applyFix(doc, hits[0]);
    expect(fixed).toContain('3\t2010301\t行政运行\t10.00');
    expect(k02(fixed)).toEqual([]);
  });

  it('failing: economic classification (T6)', () => {
    const hits = k02(t6(['302\t商品和服务支出\t1.00\t\t1.00', '30217\t接待费\t1.00\t\t1.00']));
    expect(hits.map((h) => h.text)).toEqual(['接待费']);
    expect(hits[0].fixes[0].newText).toBe('公务接待费');
  });

  it('a code printed in the same cell as its name: the fix replaces the name only', () => {
    const doc = ['部门预算支出总表', '预算年度：2023', '单位：万元', '序号\t科目\t合计\t基本支出\t项目支出', '1\t201 一般公共服务支出\t10.00\t10.00\t', '2\t2010301 行政运行费\t10.00\t10.00\t', ''].join('\n');
    const hits = k02(doc);
    expect(hits).toHaveLength(1);
    expect(hits[0].text).toBe('行政运行费');
    expect(applyFix(doc, hits[0])).toContain('2\t2010301 行政运行\t10.00');
  });

  it('failing: a former name after its last year (21305 扶贫, until 2021) in 2023; passing in 2021', () => {
    const rows = ['213\t农林水支出\t1.00\t1.00\t', '21305\t扶贫\t1.00\t1.00\t'];
    const hits = k02(t3(rows, 2023));
    expect(hits).toHaveLength(1);
    expect(hits[0].message['zh-CN']).toBe('“扶贫”是科目 21305 的旧名称（使用至 2021 年），2023 年版名称为“巩固脱贫攻坚成果衔接乡村振兴”');
    expect(k02(t3(rows, 2021))).toEqual([]);
  });

  it('passing: spacing, full/half-width parentheses and a （项） suffix do not count', () => {
    expect(
      k02(t3(['201\t一般公共服务支出\t10.00\t10.00\t', '20103\t政府办公厅(室)及相关机构事务\t10.00\t10.00\t', '2010301\t行政 运行（项）\t10.00\t10.00\t'])),
    ).toEqual([]);
  });

  it('an unknown code is K01’s, not K02’s', () => {
    expect(k02(t3(['2010388\t自编科目\t10.00\t10.00\t']))).toEqual([]);
  });
});

describe('K02 README example', () => {
  it('fails where it says it fails, and passes where it says it passes', () => {
    expect(fires('K02', K_EXAMPLES.K02.failing)).toBe(true);
    expect(fires('K02', K_EXAMPLES.K02.passing)).toBe(false);
  });
});

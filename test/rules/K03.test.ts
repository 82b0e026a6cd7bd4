import { describe, expect, it } from 'vitest';
import K03 from '../../server/src/rules/defs/K03';
import { K_EXAMPLES, fires, kFindings, t3, t6 } from './codeFixtures';

const k03 = (text: string) => kFindings(text).filter((f) => f.ruleId === 'K03');

describe('K03 code under the wrong parent', () => {
  it('is a warning', () => expect(K03.defaultSeverity).toBe('warning'));

  it('failing: a 项 listed under another 款', () => {
    const doc = t3([
      '201\t一般公共服务支出\t20.00\t20.00\t',
      '20103\t政府办公厅（室）及相关机构事务\t10.00\t10.00\t',
      '2010301\t行政运行\t10.00\t10.00\t',
      '20106\t财政事务\t10.00\t10.00\t',
      '2010302\t一般行政管理事务\t10.00\t10.00\t',
    ]);
    const hits = k03(doc);
    expect(hits).toHaveLength(1);
    expect(hits[0].text).toBe('2010302');
    expect(hits[0].line).toBe(9);
    expect(hits[0].message['zh-CN']).toBe('2010302 一般行政管理事务 列在 20106 财政事务 之下，但其上级科目是 20103 政府办公厅（室）及相关机构事务');
    // Related: the row it sits under, and the row of its real parent.
    expect(hits[0].related.map((r) => doc.slice(r.span.start, r.span.end))).toEqual(['20106', '20103']);
  });

  it('failing: a 款 under another 类 (economic, T6)', () => {
    const hits = k03(t6(['301\t工资福利支出\t1.00\t1.00\t', '30101\t基本工资\t1.00\t1.00\t', '30217\t公务接待费\t1.00\t\t1.00']));
    expect(hits.map((h) => h.text)).toEqual(['30217']);
    expect(hits[0].message.en).toContain('is listed under 301');
    expect(hits[0].message.en).toContain('its parent is 302 商品和服务支出');
  });

  it('passing: a well-formed hierarchy, and a 项 straight under its 类', () => {
    expect(
      k03(
        t3([
          '201\t一般公共服务支出\t20.00\t20.00\t',
          '20103\t政府办公厅（室）及相关机构事务\t10.00\t10.00\t',
          '2010301\t行政运行\t10.00\t10.00\t',
          '208\t社会保障和就业支出\t5.00\t5.00\t',
          '20805\t行政事业单位养老支出\t5.00\t5.00\t',
          '2080505\t机关事业单位基本养老保险缴费支出\t5.00\t5.00\t',
        ]),
      ),
    ).toEqual([]);
    expect(k03(t3(['201\t一般公共服务支出\t10.00\t10.00\t', '2010301\t行政运行\t10.00\t10.00\t']))).toEqual([]);
  });

  it('passing: a table that starts with a 款 (continued from a previous page)', () => {
    expect(k03(t3(['20103\t政府办公厅（室）及相关机构事务\t10.00\t10.00\t', '2010301\t行政运行\t10.00\t10.00\t']))).toEqual([]);
  });
});

describe('K03 README example', () => {
  it('fails where it says it fails, and passes where it says it passes', () => {
    expect(fires('K03', K_EXAMPLES.K03.failing)).toBe(true);
    expect(fires('K03', K_EXAMPLES.K03.passing)).toBe(false);
  });
});

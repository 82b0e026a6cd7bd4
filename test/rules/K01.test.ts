import { describe, expect, it } from 'vitest';
import { builtinCatalog, parseCustomCatalog } from '../../server/src/catalog';
import K01 from '../../server/src/rules/defs/K01';
import { SEED_FILES, seed } from '../helpers';
import { K_EXAMPLES, fires, kFindings, t3, t6 } from './codeFixtures';

const k01 = (text: string, opts = {}) => kFindings(text, opts).filter((f) => f.ruleId === 'K01');

describe('K01 unknown code for the document year', () => {
  it('is a warning', () => expect(K01.defaultSeverity).toBe('warning'));

  it('failing: a code the catalogue does not have', () => {
    const hits = k01(t3(['201\t一般公共服务支出\t10.00\t10.00\t', '20103\t政府办公厅（室）及相关机构事务\t10.00\t10.00\t', '2010388\t自编科目\t10.00\t10.00\t']));
    expect(hits).toHaveLength(1);
    expect(hits[0].severity).toBe('warning');
    expect(hits[0].text).toBe('2010388');
    expect(hits[0].message['zh-CN']).toBe('科目编码 2010388 不在 2023 年版《政府收支分类科目》中');
    expect(hits[0].message.en).toBe('Code 2010388 is not in the 2023 classification catalogue');
  });

  it('failing: a code retired before the year (20705 新闻出版广播影视, until 2018)', () => {
    const hits = k01(t3(['207\t文化旅游体育与传媒支出\t5.00\t5.00\t', '20705\t新闻出版广播影视\t5.00\t5.00\t']));
    expect(hits.map((h) => h.text)).toEqual(['20705']);
    expect(hits[0].message['zh-CN']).toContain('已于 2018 年后停用');
  });

  it('failing: a code introduced after the year (20139 社会工作事务, since 2024) in 2023; passing in 2024', () => {
    const rows = ['201\t一般公共服务支出\t5.00\t5.00\t', '20139\t社会工作事务\t5.00\t5.00\t'];
    const hits = k01(t3(rows, 2023));
    expect(hits.map((h) => h.text)).toEqual(['20139']);
    expect(hits[0].message['zh-CN']).toContain('自 2024 年起设立');
    expect(k01(t3(rows, 2024))).toEqual([]);
  });

  it('the edition setting overrides the document year', () => {
    const rows = ['201\t一般公共服务支出\t5.00\t5.00\t', '20139\t社会工作事务\t5.00\t5.00\t'];
    expect(k01(t3(rows, 2023), { edition: 2024 })).toEqual([]);
  });

  it('passing: known codes, functional and economic', () => {
    expect(k01(t3(['201\t一般公共服务支出\t10.00\t10.00\t', '20103\t政府办公厅（室）及相关机构事务\t10.00\t10.00\t', '2010301\t行政运行\t10.00\t10.00\t']))).toEqual([]);
    expect(k01(t6(['302\t商品和服务支出\t1.00\t\t1.00', '30231\t公务用车运行维护费\t1.00\t\t1.00']))).toEqual([]);
  });

  it('a custom catalogue makes a local code known', () => {
    const custom = parseCustomCatalog('scheme,code,level,parent,name,explanation,since,until\nfunctional,2010388,项,20103,自编科目,,,\n', 'csv', 'local.csv');
    const catalog = builtinCatalog().merge(custom.catalog!);
    expect(k01(t3(['201\t一般公共服务支出\t10.00\t10.00\t', '20103\t政府办公厅（室）及相关机构事务\t10.00\t10.00\t', '2010388\t自编科目\t10.00\t10.00\t']), { catalog })).toEqual([]);
  });
});

describe('K rules on the seeds (RULES.md T6-04: every seed code is valid)', () => {
  for (const f of SEED_FILES) {
    it(`${f}: no K01/K02/K03 finding`, () => {
      expect(kFindings(seed(f.slice(0, 3))).map((x) => `${x.ruleId} ${x.line} ${x.message['zh-CN']}`)).toEqual([]);
    });
  }
});

describe('K01 README example', () => {
  it('fails where it says it fails, and passes where it says it passes', () => {
    expect(fires('K01', K_EXAMPLES.K01.failing)).toBe(true);
    expect(fires('K01', K_EXAMPLES.K01.passing)).toBe(false);
  });
});

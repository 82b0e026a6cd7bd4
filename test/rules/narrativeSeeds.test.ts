import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../server/src/rules/analyze';
import { narrativeRules } from '../../server/src/rules/narrativeRules';
import { findings, seed } from '../helpers';

/**
 * RULES.md §3.1 for the narrative (N), hygiene (F) and completeness (C) rules: every expected finding at its
 * line with its severity, and nothing else. Entries beyond §3.1 are documented where RULES.md §2 names them
 * (N11 on 002, C11 missing 满意度 on 002, N08 on 003, F06 "主要为；" on 000).
 */
const MINE = new Set(narrativeRules.map((r) => r.id));

const EXPECTED: Record<string, string[]> = {
  '000': [
    'F06@1531:info', // "主要为；" (RULES F06)
    'N12@1554:info', // "2021年发展规划目标" (§3.1 #21)
    'N12@1568:info', // "2021年，我中心将…" (§3.1 #21)
    'C04@1572:warning', // empty 专项资金绩效目标 (§3.1 #9)
    'C10@1744:warning', // "次" (§3.1 #20)
    'C10@1820:warning',
    'C10@2048:warning',
    'C10@2062:warning', // "≥100%"
    'C10@2131:warning', // "1人" for 准确率
    'C11@2184:warning', // table 9 cut off after 生态效益 (§3.1 #19)
    'C10@2200:warning',
  ],
  '001': [
    'N13@25:warning', // "（三批）" vs "（第三批）" (§3.1 #17)
    'N13@33:warning', // 疫情防控工作经费 vs 疫情防控经费
    'C10@117:warning', // empty 资金支出计划 (§3.1 #18)
    'C10@253:warning', // 4 values under 3 headers
    'C10@270:warning',
  ],
  '002': [
    'N10@1754:warning', // 我省 (§3.1 #7)
    'F08@1755:info', // repeats L1754 (§3.1 #7 "plus duplicated paragraph")
    'N11@1755:info', // 部门 wording in a 单位预算 (RULES N11)
    'N11@1755:info',
    'N11@1757:info',
    'N11@1759:info',
    'N02@1759:error', // 702.04 → 1079.09 (§3.1 #1)
    'N03@1759:warning', // Σ listed 398.40 vs 408.4 (§3.1 #2)
    'N03@1759:error', // 行政后勤经费 50 vs cap 60 (§3.1 #2)
    'F01@1763:error', // 公务接待费0.34元 (§3.1 #5)
    'F01@1763:error', // 工会经费6.11元
    'F01@1763:error', // 福利费4.12元
    'F03@1763:warning', // template instruction (§3.1 #6)
    'N11@1765:info',
    'N06@1765:error', // 12.35 vs T9 小计 12.36 (§3.1 #3)
    'F01@1765:error', // 公务接待费1.49元 (§3.1 #4)
    'N14@1766:info', // "5、 预算绩效信息" (§3.1 #8)
    'F03@1785:warning', // 宋体 (§3.1 #8)
    'N12@1807:info', // 2020年底前 (§3.1 #21)
    'C04@1825:warning', // empty 专项资金绩效目标 (§3.1 #9)
    'N14@1826:info', // "预算项目绩效目" (§3.1 #8)
    'C11@1827:info', // no 满意度指标 (RULES C11: 9 of 10 tables)
    'C11@1877:info',
    'C11@1927:info',
    'C11@1977:info',
    'F06@2044:info', // "1各" (§3.1 #8)
    'C11@2091:info',
    'C11@2141:info',
    'C11@2191:info',
    'C11@2241:info',
    'C11@2291:info',
    'N10@2481:warning', // 省级财政 (§3.1 #7)
    'N10@2487:warning',
  ],
  '003': [
    'F06@265:info', // 档次 (§3.1 #23)
    'N06@443:warning', // 会议费 / 培训费 / 合计 not mentioned (§3.1 #11)
    'C04@557:warning', // empty 部门主管专项资金 (§3.1 #9)
    'N08@762:info', // no 政府采购 amount sentence (RULES N08)
  ],
  '004': [
    'C09@420:info', // two budget units in 机构设置, only the 部门预算 published (RULES C09)
    'F01@446:error', // 公务接待 0.69 元 (§3.1 #13)
    'F06@545:info', // ISO4001 (§3.1 #23)
    'F05@864:info', // 1,130.72 (§3.1 #23)
    'F05@871:info',
  ],
};

const cache = new Map<string, Analysis>();
function mine(num: string): string[] {
  let a = cache.get(num);
  if (!a) {
    a = analyze(seed(num));
    cache.set(num, a);
  }
  return findings(seed(num), a)
    .filter((f) => MINE.has(f.ruleId))
    .map((f) => `${f.ruleId}@${f.line}:${f.severity}`);
}

describe.each(Object.keys(EXPECTED))('seed %s: narrative, hygiene and completeness findings (RULES.md §3.1)', (num) => {
  it('are exactly the expected (rule, line, severity) set', () => {
    expect(mine(num).sort()).toEqual([...EXPECTED[num]].sort());
  });

  it('include no error that §3.1 does not list', () => {
    const errors = mine(num).filter((x) => x.endsWith(':error'));
    const listed = EXPECTED[num].filter((x) => x.endsWith(':error'));
    expect(errors.sort()).toEqual(listed.sort());
  });

  it('run without a rule failure', () => {
    const a = cache.get(num) ?? analyze(seed(num));
    expect(a.failures.filter((f) => MINE.has(f.ruleId))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { tableRules } from '../../server/src/rules/tableRules';
import { findings, ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('R01', () => {
  it('reports a gap that rounding explains as a hint, never as an error (RULES.md §0.2, seed 002 T9 L1670)', () => {
    // 12.36 vs 0 + 10.86 + 1.49 = 12.35: a 0.01 gap with three printed parts.
    const doc = FULL.replace(/“三公”经费小计\t6\.00\t6\.00/, '“三公”经费小计\t12.36\t12.36')
      .replace(/二、公务用车购置及运维费\t4\.00\t4\.00/, '二、公务用车购置及运维费\t10.86\t10.86')
      .replace(/公务用车运行维护费\t4\.00\t4\.00/, '公务用车运行维护费\t10.86\t10.86')
      .replace(/三、公务接待费\t2\.00\t2\.00/, '三、公务接待费\t1.49\t1.49')
      .replace(/1\t合计\t8\.00\t8\.00/, '1\t合计\t14.36\t14.36');
    const line = lineOf(doc, '“三公”经费小计');
    // Two columns (合计, 一般公共预算) print the same gap: one hint, the other column as related information.
    expect(ruleHits(doc, 'R01')).toEqual([`${line}:hint`]);
    const [hint] = findings(doc).filter((f) => f.ruleId === 'R01');
    expect(hint.message).toContain('12.36万元 与明细合计 12.35万元 相差 0.01万元');
    expect(hint.message).toContain('各数均印至 0.01万元');
    expect(hint.message).toContain('同一差额另有 1 处');
    expect(ruleHits(doc, 'T9-01')).toEqual([]);
    const mine = new Set(tableRules.map((r) => r.id));
    expect(findings(doc).filter((f) => mine.has(f.ruleId) && (f.severity === 'error' || f.severity === 'warning'))).toEqual([]);
  });

  it('leaves a gap beyond rounding to the identity rule', () => {
    const doc = alter(alter(FULL, '“三公”经费小计', '6.00', '6.10'), '“三公”经费小计', '6.00', '6.10');
    expect(ruleHits(doc, 'R01')).toEqual([]);
  });

  it('passes exact tables', () => {
    expect(ruleHits(FULL, 'R01')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../server/src/rules/analyze';
import { tableRules } from '../../server/src/rules/tableRules';
import { findings, seed } from '../helpers';

/** RULES.md §3: what the table rules (T…, X…, R01) report on the seeds. */
const MINE = new Set(tableRules.map((r) => r.id));
const cache = new Map<string, Analysis>();
function run(num: string): Analysis {
  let a = cache.get(num);
  if (!a) {
    a = analyze(seed(num));
    cache.set(num, a);
  }
  return a;
}
function serious(num: string): string[] {
  return findings(seed(num), run(num))
    .filter((f) => MINE.has(f.ruleId) && (f.severity === 'error' || f.severity === 'warning'))
    .map((f) => `${f.ruleId}@${f.line}:${f.severity}`);
}
/**
 * The places of the R01 hints: a gap repeated over columns and tables is one hint on its first place, the others
 * listed as its related information (“同一尾差…”); each place with the rules whose identities share the gap.
 */
function hints(num: string): Array<{ line: number; rules: string[] }> {
  const a = run(num);
  return a.findings
    .filter((f) => f.ruleId === 'R01')
    .flatMap((f) => {
      const rules = (f.data?.rules ?? '').split(',');
      const places = [f.span, ...f.related.filter((r) => r.message['zh-CN'].startsWith('同一尾差')).map((r) => r.span)];
      return places.map((s) => ({ line: a.model.lines.lineAt(s.start) + 1, rules }));
    });
}

describe('seed acceptance (RULES.md §3.1, §3.2)', () => {
  it('000: no table error or warning (§3.2 identities hold)', () => {
    expect(serious('000')).toEqual([]);
  });

  it('002 and 004: only the X15 purchases that procurement does not show (#15 L1759, #14 L770)', () => {
    expect(serious('002')).toEqual(['X15@1759:warning']);
    expect(serious('004')).toEqual(['X15@770:warning']);
  });

  it('001: #16 the 数量指标 57.66万元 against 预算数 80000.00元 (L137), and nothing else', () => {
    expect(serious('001')).toEqual(['T12-01@137:error']);
    const f = run('001').findings.find((x) => x.ruleId === 'T12-01')!;
    expect(f.data).toMatchObject({ stated: '57.66', computed: '8.00', diff: '49.66', unit: '万元' });
  });

  it('001: #24 the quarter 420000元 against ¼ of 1686300元 is information (L149)', () => {
    const info = findings(seed('001'), run('001')).filter((f) => MINE.has(f.ruleId) && f.severity === 'info');
    expect(info.map((f) => `${f.ruleId}@${f.line}`)).toEqual(['T12-01@149']);
  });

  it('003: #10 T9-05 at the 会议费 row (L353), #22 the 车辆保险费 plan never reaching 2.80 (L569), #12 拟购置 54.00 with no procurement (L779), and nothing else', () => {
    expect(serious('003')).toEqual(['T9-05@353:error', 'T9-05@353:error', 'T12-01@569:warning', 'X15@779:warning']);
  });

  it('reads the 12月底 figure printed on a row of its own (003 L752, 综合保障管理费 85.00)', () => {
    const t = run('003').model.tables.find((x) => x.title.startsWith('综合保障管理费'))!;
    expect(t.performance!.plan!.values.map((v) => v.text)).toEqual(['20.00', '45.00', '70.00', '85.00']);
  });
});

describe('rounding gaps (RULES.md §3.3) are R01 hints, never errors', () => {
  // [seed, first line of the row as RULES.md numbers it, identity]; seed 002 prints one cell per line, so the
  // figure sits a few lines below the row's first line.
  const GAPS: Array<[string, number, string]> = [
    ['002', 212, 'T1-02'], ['002', 601, 'T3-02'], ['002', 1200, 'T5-02'], ['002', 271, 'T2-02'],
    ['002', 605, 'T3-02'], ['002', 1204, 'T5-02'],
    ['002', 355, 'T2-02'], ['002', 661, 'T3-02'], ['002', 1242, 'T5-02'],
    ['002', 1375, 'T6-01'], ['002', 1670, 'T9-01'],
    ['003', 101, 'T2-02'], ['003', 139, 'T3-02'], ['003', 238, 'T5-02'],
    ['003', 111, 'T2-02'], ['003', 149, 'T3-02'], ['003', 248, 'T5-02'],
    ['003', 266, 'T6-01'], ['003', 266, 'T6-03'], ['003', 267, 'T6-02'],
  ];
  it.each(GAPS)('%s L%i %s', (num, line, rule) => {
    expect(hints(num).some((h) => h.rules.includes(rule) && h.line >= line && h.line <= line + 6)).toBe(true);
    const ids = run(num).recon.identities.filter((i) => i.ruleId === rule && i.status !== 'ok');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((i) => i.status === 'rounding')).toBe(true);
  });

  it('reports each gap once: seed 002’s 20 rounding identities are 4 hints, each naming the other places', () => {
    const r01 = run('002').findings.filter((f) => f.ruleId === 'R01');
    const gaps = run('002').recon.identities.filter((i) => i.status === 'rounding');
    expect(gaps.length).toBeGreaterThanOrEqual(20);
    expect(r01.length).toBe(4);
    const same = (f: (typeof r01)[number]) => f.related.filter((r) => r.message['zh-CN'].startsWith('同一尾差')).length;
    expect(r01.map((f) => `${f.data?.stated}/${f.data?.computed} +${same(f)}`)).toEqual(['1079.09/1079.08 +7', '155.59/155.60 +6', '670.69/670.68 +2', '12.36/12.35 +1']);
    // The tolerance is the printed precision, which the user can check, not an opaque allowance.
    expect(r01[0].message['zh-CN']).toContain('各数均印至 0.01万元');
    expect(r01[0].message['zh-CN']).not.toMatch(/±/);
  });

  it('every R01 finding is a hint', () => {
    for (const num of ['000', '001', '002', '003', '004']) {
      expect(run(num).findings.filter((f) => f.ruleId === 'R01' && f.severity !== 'hint')).toEqual([]);
    }
  });
});

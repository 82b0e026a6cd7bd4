import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../server/src/features/codeActions';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { analyze } from '../../server/src/rules/analyze';
import { seed } from '../helpers';
import { T6_DISPUTED_302 } from './fixtures';

const URI = 'file:///002.disclosure.txt';

/** Applies a code action's edit the way an editor does. */
function apply(text: string, action: ReturnType<typeof codeActions>[number]): string {
  const doc = TextDocument.create(URI, 'budget-disclosure', 1, text);
  return TextDocument.applyEdits(doc, action.edit!.changes![URI]);
}

describe('quick fixes', () => {
  const text = seed('002');
  const analysis = analyze(text);
  const diagnostics = toDiagnostics(analysis, URI, 'zh-CN');
  const n02 = diagnostics.find((d) => d.code === 'N02')!;

  it('offer the table figure for 702.04, changing exactly that figure, and the finding goes away', () => {
    const actions = codeActions(URI, [n02], analysis, 'zh-CN');
    // The title names the change and where the new value comes from.
    expect(actions.map((a) => a.title)).toEqual(['将“702.04”改为“1079.09”（单位预算收支总表本年支出合计）']);
    const fixed = apply(text, actions[0]);
    const line = 1758; // zero-based line of RULES.md's 1759
    const before = text.split('\n')[line];
    const after = fixed.split('\n')[line];
    expect(after).toBe(before.replace('702.04万元', '1079.09万元'));
    // Nothing else in the document changed.
    const others = (t: string) => t.split('\n').filter((_, i) => i !== line);
    expect(others(fixed)).toEqual(others(text));
    expect(analyze(fixed).findings.some((f) => f.ruleId === 'N02')).toBe(false);
  });

  it('offer 万元 for a 元 slip, replacing only the unit, named with its figure; the squiggle covers figure and unit', () => {
    const f01 = diagnostics.filter((d) => d.code === 'F01');
    const first = f01[0];
    const line = text.split('\n')[first.range.start.line];
    expect(line.slice(first.range.start.character, first.range.end.character)).toBe('0.34元');
    expect(codeActions(URI, [first], analysis, 'zh-CN').map((a) => a.title)).toEqual(['将“0.34元”改为“0.34万元”']);
    expect(codeActions(URI, [first], analysis, 'en').map((a) => a.title)).toEqual(['Change “0.34元” to “0.34万元”']);
    const actions = codeActions(URI, f01, analysis, 'en');
    expect(actions.length).toBe(f01.length);
    for (const a of actions) {
      const edit = a.edit!.changes![URI][0];
      expect(edit.newText).toBe('万元');
      expect(edit.range.end.character - edit.range.start.character).toBe(1);
    }
  });

  it('say what a deletion removes, and what a table fix changes and why', () => {
    const f03 = diagnostics.filter((d) => d.code === 'F03');
    const titles = codeActions(URI, f03, analysis, 'zh-CN').map((a) => a.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).toMatch(/^删除“.+”$/);
    // The 本年支出合计 of the 收支总表 (line 216) misprinted: the fix copies the sum of its 类 rows.
    const lines = text.split('\n');
    lines[215] = lines[215].replace('1079.09', '1079.19');
    const broken = analyze(lines.join('\n'));
    const d = toDiagnostics(broken, URI, 'zh-CN').filter((x) => x.code === 'T1-02');
    const tableFix = codeActions(URI, d, broken, 'zh-CN').map((a) => a.title);
    expect(tableFix[0]).toMatch(/^将“1079\.19”改为“1079\.08”（明细合计）$/);
  });

  it('never offer a cost cap as the amount: 50万元 under a cap of ≤60万元 is not "fixed" to 60', () => {
    const n03 = diagnostics.filter((d) => d.code === 'N03' && /≤/.test(String(d.message)));
    expect(n03.length).toBeGreaterThan(0);
    expect(codeActions(URI, n03, analysis, 'zh-CN')).toEqual([]);
  });

  it('offer nothing for a diagnostic that no longer matches the text', () => {
    const moved = { ...n02, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
    expect(codeActions(URI, [moved], analysis, 'zh-CN')).toEqual([]);
    expect(codeActions(URI, [{ ...n02, source: 'other-linter' }], analysis, 'zh-CN')).toEqual([]);
  });
});

describe('quick fixes when two findings of one rule share a range', () => {
  // 302 商品和服务支出 prints 20.00: its 款 add up to 8.00 (one T6-02 finding), and the 合计 row needs it at 10.00
  // (another T6-02 finding, pointing at the same cell). Each diagnostic must be offered its own finding's fix.
  const text = T6_DISPUTED_302;
  const analysis = analyze(text);
  const diagnostics = toDiagnostics(analysis, URI, 'zh-CN');
  const at302 = diagnostics.filter((d) => d.code === 'T6-02' && d.range.start.line === 7 && d.range.start.character === text.split('\n')[7].indexOf('20.00'));
  /** A finding's identity across the edit: its rule and message with the figures taken out. */
  const key = (rule: string | number | undefined, message: string) => `${rule} ${message.replace(/-?\d[\d,.]*/g, '#')}`;

  it('finds the shared range (two T6-02 findings on the 302 合计 cell)', () => {
    expect(at302).toHaveLength(2);
  });

  it('offers each diagnostic its own fix, and applying it removes that finding', () => {
    const offered = at302.map((d) => codeActions(URI, [d], analysis, 'zh-CN').map((a) => a.edit!.changes![URI][0].newText));
    expect(offered.map((o) => o.join()).sort()).toEqual(['10.00', '8.00']);
    for (const d of at302) {
      const [action] = codeActions(URI, [d], analysis, 'zh-CN');
      const after = toDiagnostics(analyze(apply(text, action)), URI, 'zh-CN').map((x) => key(x.code, x.message as string));
      expect(after).not.toContain(key(d.code, d.message as string));
    }
  });
});

describe('a quick fix on a figure printed with fewer decimals than the value it needs', () => {
  // The 合计 prints whole numbers, its parts cents: the fix must print 95.50, not round it back to 96 (which
  // would leave the gap, as a rounding hint, on the very figure the user just fixed).
  const text = [
    '部门预算一般公共预算财政拨款基本支出表',
    '单位：万元',
    '序号\t科目编码\t科目名称\t合计\t人员经费\t公用经费',
    '栏次\t1\t2\t3\t4\t5',
    '1\t\t合计\t100\t50.25\t45.25',
    '2\t301\t工资福利支出\t50.25\t50.25\t',
    '3\t30101\t基本工资\t50.25\t50.25\t',
    '4\t302\t商品和服务支出\t45.25\t\t45.25',
    '5\t30201\t办公费\t45.25\t\t45.25',
  ].join('\n');

  it('prints the value exactly, and nothing is left on the fixed figure', () => {
    const analysis = analyze(text);
    const diagnostics = toDiagnostics(analysis, URI, 'zh-CN').filter((d) => d.range.start.line === 4 && d.code !== 'R01');
    expect(diagnostics.length).toBeGreaterThan(0);
    const [action] = codeActions(URI, [diagnostics[0]], analysis, 'zh-CN');
    expect(action.edit!.changes![URI][0].newText).toBe('95.50');
    const fixed = apply(text, action);
    const start = fixed.split('\n')[4].indexOf('95.50');
    const left = toDiagnostics(analyze(fixed), URI, 'zh-CN').filter((d) => d.range.start.line === 4 && d.range.start.character === start);
    expect(left.map((d) => d.code)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { getCodeLenses, REVEAL_COMMAND } from '../../server/src/features/codeLens';
import { analyze } from '../../server/src/rules/analyze';
import { seed } from '../helpers';
import { EXAMPLES } from '../rules/examples';

const URI = 'file:///doc.txt';

describe('code lenses: what the reconciliation found in each table', () => {
  const text = seed('003');
  const a = analyze(text);
  const lenses = getCodeLenses(a, URI, 'zh-CN');
  const lineText = (line: number) => text.split(/\r\n|\r|\n/)[line];

  it('sits on the title of each table that takes part in an identity, in document order', () => {
    expect(lenses.length).toBeGreaterThanOrEqual(9);
    const titles = lenses.map((l) => lineText(l.range.start.line));
    expect(titles.some((t) => t.includes('“三公”经费支出表'))).toBe(true);
    const lines = lenses.map((l) => l.range.start.line);
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
  });

  it('counts the broken identities of the 三公 table and takes the user to the first finding', () => {
    const lens = lenses.find((l) => lineText(l.range.start.line).includes('“三公”经费支出表'))!;
    expect(lens.command!.title).toMatch(/^✗ 2 项勾稽不符 · \d+ 项勾稽关系成立/);
    expect(lens.command!.command).toBe(REVEAL_COMMAND);
    const [uri, range] = lens.command!.arguments as [string, { start: { line: number; character: number } }];
    expect(uri).toBe(URI);
    // The first T9-05 finding, on the 会议费 合计 7.00 of line 353.
    const first = a.findings.filter((f) => f.ruleId === 'T9-05').sort((x, y) => x.span.start - y.span.start)[0];
    expect(range.start).toEqual(a.model.lines.positionAt(first.span.start));
    expect(range.start.line + 1).toBe(353);
  });

  it('says every identity holds where none is broken, counts rounding gaps as holding, and offers nothing to click', () => {
    const calm = lenses.filter((l) => l.command!.title.startsWith('✓'));
    expect(calm.length).toBeGreaterThan(0);
    for (const l of calm) expect(l.command!.command).toBe('');
    // Seed 003's only broken identities are the two 会议费 sums: every other table's lens is calm.
    expect(lenses.filter((l) => l.command!.title.startsWith('✗'))).toHaveLength(1);
    expect(calm).toHaveLength(lenses.length - 1);
    // Each identity counts in every table it touches, so the lenses together count at least every identity.
    const counted = (l: (typeof lenses)[number]) => [...l.command!.title.matchAll(/(\d+) 项(?:勾稽不符|勾稽关系成立)/g)].reduce((m, x) => m + Number(x[1]), 0);
    expect(lenses.reduce((n, l) => n + counted(l), 0)).toBeGreaterThanOrEqual(a.recon.identities.length);
  });

  it('speaks English, and drops a broken identity whose rule the user switched off', () => {
    const en = getCodeLenses(a, URI, 'en').find((l) => l.command!.command === REVEAL_COMMAND)!;
    expect(en.command!.title).toMatch(/^✗ \d+ identit(y|ies) broken · \d+ identities hold/);
    const quiet = analyze(text, { severities: { 'T9-05': 'off', 'T9-04': 'off', 'T9-03': 'off', 'T9-02': 'off', 'T9-01': 'off' } });
    const lens = getCodeLenses(quiet, URI, 'zh-CN').find((l) => lineText(l.range.start.line).includes('“三公”经费支出表'))!;
    expect(lens.command!.title).toMatch(/^✓/);
  });

  it('gives a table converted from PDF its lens too, on its title', () => {
    // The README's failing example of S03: 统计管理 printed 1,300 where its 款 needs 1,200.
    const pdf = EXAMPLES.S03.failing;
    const [lens] = getCodeLenses(analyze(pdf), URI, 'zh-CN');
    expect(lens.range.start.line).toBe(0);
    expect(lens.command!.title).toMatch(/^✗ 2 项勾稽不符/);
  });
});

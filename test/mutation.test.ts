import { describe, expect, it } from 'vitest';
import { analyze } from '../server/src/rules/analyze';
import { Decimal } from '../server/src/util/decimal';
import { seed } from './helpers';

/**
 * Mutation test of the reconciliation: every printed figure of the standard tables T1–T9 takes part in at least one
 * identity that a +0.10 change breaks beyond rounding. For each numeric cell, rewrite it (value + 0.10, same
 * decimals) and require an error or warning that the unmutated seed does not have.
 */
const STANDARD = /^T[1-9]$/;
const key = (ruleId: string, line: number, message: string) => `${ruleId}|${line}|${message}`;

describe.each(['000', '002', '003', '004'])('mutating every T1–T9 figure of seed %s', (num) => {
  it('each +0.10 is caught', () => {
    const started = Date.now();
    const text = seed(num);
    const base = analyze(text);
    const seen = new Set(base.findings.map((f) => key(f.ruleId, base.model.lines.lineAt(f.span.start), f.message['zh-CN'])));
    const cells = base.model.tables
      .filter((t) => STANDARD.test(t.kind))
      .flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.amount).map((c) => ({ table: t.id, line: r.line + 1, cell: c }))));
    expect(cells.length).toBeGreaterThan(150);
    const missed: string[] = [];
    for (const { table, line, cell } of cells) {
      const a = cell.amount!;
      const at = cell.span.start + text.slice(cell.span.start, cell.span.end).indexOf(a.text);
      const next = a.value.plus(new Decimal('0.10')).toFixed(Math.max(a.decimals, 2));
      const mutated = text.slice(0, at) + next + text.slice(at + a.text.length);
      const m = analyze(mutated);
      const caught = m.findings.some((f) => (f.severity === 'error' || f.severity === 'warning')
        && !seen.has(key(f.ruleId, m.model.lines.lineAt(f.span.start), f.message['zh-CN'])));
      if (!caught) missed.push(`${table} L${line} ${a.text}`);
    }
    // eslint-disable-next-line no-console
    console.log(`seed ${num}: ${cells.length} mutations in ${Date.now() - started} ms`);
    expect(missed).toEqual([]);
  }, 600_000);
});

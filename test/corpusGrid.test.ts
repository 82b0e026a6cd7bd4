import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../server/src/rules/analyze';
import { CORPUS_DIR } from './helpers';
import { corpusRow } from './tools/corpus';

/**
 * The space-aligned reader (analyze option spacedTables) over the corpus texts made with pdftotext -layout
 * (../shared/corpus/INDEX.md, layout L): the standard tables they print are read, with their columns, and the
 * ordinary table rules find what the old unread path found.
 */
const files = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort() : [];
const text = (prefix: string) => readFileSync(join(CORPUS_DIR, files.find((f) => f.startsWith(prefix))!), 'utf8');
/** The Shanghai 预算 texts in layout L: eight standard kinds printed, T7 and T8 as empty tables. */
const SHANGHAI_BUDGETS_L = ['05', '07', '08', '10', '11', '12', '13', '15'];

describe.skipIf(files.length === 0)('corpus with the space-aligned reader', () => {
  it.each(SHANGHAI_BUDGETS_L)('%s: every standard table that prints figures is read with its value columns, none left unread', (n) => {
    const row = corpusRow(n, text(n), true);
    const before = corpusRow(n, text(n), false);
    expect(before.read).toBe(0);
    // T1–T6 (收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表, 基本支出表); the 三公 table keeps its own layout.
    expect(row.read).toBe(6);
    expect(row.unread).toBeLessThanOrEqual(n === '07' ? 1 : 0);
  });

  it('corpus 12: the misprinted 2040601 行政运行 row (the 款 total 64,840,547.00 as its 项目支出) is found by the ordinary table rules', () => {
    const t = text('12');
    const a = analyze(t, { spacedTables: true });
    const hits = a.findings.filter((f) => /^T[35]-0[12]$/.test(f.ruleId)).map((f) => `${f.ruleId} L${a.model.lines.lineAt(f.span.start) + 1}`);
    expect(hits.sort()).toEqual(['T3-01 L172', 'T3-02 L172', 'T5-01 L224', 'T5-02 L224']);
    expect(a.findings.filter((f) => f.ruleId === 'S03' || f.ruleId === 'S04')).toEqual([]);
  });

  it.each(['08', '10', '11'])('%s: identities that hold in the published tables raise no table or cross-table error or warning', (n) => {
    const a = analyze(text(n), { spacedTables: true });
    expect(a.failures).toEqual([]);
    const bad = a.findings.filter((f) => /^(T\d|X\d|S0)/.test(f.ruleId) && (f.severity === 'error' || f.severity === 'warning'));
    expect(bad.map((f) => `${f.ruleId} ${f.message['zh-CN']}`)).toEqual([]);
  });
});

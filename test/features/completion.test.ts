import { describe, expect, it } from 'vitest';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { builtinCatalog, parseCustomCatalog } from '../../server/src/catalog';
import { getCompletions } from '../../server/src/features/completion';
import { analyze } from '../../server/src/rules/analyze';
import { seed } from '../helpers';
import { cursor } from './cursor';
import { t3Table } from './fixtures';

function complete(withMarker: string, edition?: number) {
  const { text, offset } = cursor(withMarker);
  const list = getCompletions(analyze(text), offset, undefined, { locale: 'zh-CN', ...(edition ? { edition } : {}) });
  return { list, text, offset };
}

/** Applies an item's edits to the text (edits on distinct ranges, applied from the end). */
function apply(text: string, item: CompletionItem): string {
  const lines = text.split('\n');
  const toOffset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const edits = [item.textEdit as TextEdit, ...(item.additionalTextEdits ?? [])].sort((a, b) => toOffset(b.range.start) - toOffset(a.range.start));
  let out = text;
  for (const e of edits) out = out.slice(0, toOffset(e.range.start)) + e.newText + out.slice(toOffset(e.range.end));
  return out;
}

const seed000 = seed('000');

/** Seed 000 with the 30231 code cell of T6 (one cell per line) replaced by what the user is typing. */
function seed000Typing(typed: string): string {
  const at = seed000.indexOf('\t30231\n');
  return seed000.slice(0, at) + `\t${typed}$0\n` + seed000.slice(at + '\t30231\n'.length);
}

describe('code completion', () => {
  it("a code prefix ('3021') in T6 offers 30211…30217… with names and levels", () => {
    const { list } = complete(seed000Typing('3021'));
    expect(list).not.toBeNull();
    const labels = list!.items.map((i) => i.label);
    expect(labels.slice(0, 3)).toEqual(['30211', '30212', '30213']);
    expect(labels).toContain('30217');
    expect(labels.every((l) => l.startsWith('3021'))).toBe(true);
    const jd = list!.items.find((i) => i.label === '30217')!;
    expect(jd.detail).toBe('公务接待费 · 款');
    expect(jd.filterText).toBe('30217');
    expect(list!.isIncomplete).toBe(true);
  });

  it('the name cell already holds a name: only the code is inserted', () => {
    const { list, text } = complete(seed000Typing('3021'));
    const jd = list!.items.find((i) => i.label === '30217')!;
    expect((jd.textEdit as TextEdit).newText).toBe('30217');
    const after = apply(text, jd);
    expect(after).toContain('\t30217\n\t公务用车运行维护费\n');
  });

  it("a name fragment ('接待') offers 30217 公务接待费 first", () => {
    const { list } = complete(seed000Typing('接待'));
    expect(list!.items[0].label).toBe('30217');
    expect(list!.items[0].detail).toBe('公务接待费 · 款');
    // The client filters by the typed text, so every item must keep it.
    expect(list!.items.every((i) => i.filterText === '接待')).toBe(true);
    // T6 lists the economic classification only.
    expect(list!.items.every((i) => String(i.label).startsWith('3') || String(i.label).startsWith('5'))).toBe(true);
  });

  it('a functional table (T3, tab-separated) offers functional codes and fills the name cell', () => {
    const doc = t3Table(['201\t一般公共服务支出\t100.00\t100.00\t']) + '';
    const typing = doc.replace(/\n$/, '\n2\t201030$0');
    const { list, text } = complete(typing);
    const item = list!.items.find((i) => i.label === '2010301')!;
    expect(item.detail).toBe('行政运行 · 项');
    expect((item.textEdit as TextEdit).newText).toBe('2010301\t行政运行');
    expect(apply(text, item)).toContain('\n2\t2010301\t行政运行');
  });

  it('an empty name cell after the code cell is filled in place', () => {
    const doc = t3Table(['201\t一般公共服务支出\t100.00\t100.00\t', '20103$0\t\t50.00\t50.00\t']);
    const { list, text } = complete(doc);
    const item = list!.items.find((i) => i.label === '20103')!;
    expect(apply(text, item)).toContain('2\t20103\t政府办公厅（室）及相关机构事务\t50.00\t50.00\t');
  });

  it('one cell per line, at the end of a new row: the name goes on the next cell line', () => {
    const at = seed000.indexOf('\t30231\n');
    // A new row typed before the 30231 row: "\t21\n\t3021|" followed by a blank line.
    const typing = seed000.slice(0, at - '\t20\n'.length) + '\t20\n\t30217$0\n\n' + seed000.slice(at - '\t20\n'.length);
    const { list, text } = complete(typing);
    const item = list!.items.find((i) => i.label === '30217')!;
    expect((item.textEdit as TextEdit).newText).toBe('30217\n\t公务接待费');
    expect(apply(text, item)).toContain('\t20\n\t30217\n\t公务接待费\n\n');
  });

  it('a code not in force in the edition is not offered', () => {
    const { text, offset } = cursor(seed000Typing('3021'));
    const custom = parseCustomCatalog('scheme,code,level,parent,name,explanation,since,until\neconomic,30219,款,302,测试新设科目,,2025,\n', 'csv', 't.csv');
    const catalog = builtinCatalog().merge(custom.catalog!);
    const in2023 = getCompletions(analyze(text), offset, catalog, { edition: 2023 })!.items.map((i) => i.label);
    const in2025 = getCompletions(analyze(text), offset, catalog, { edition: 2025 })!.items.map((i) => i.label);
    expect(in2023).not.toContain('30219');
    expect(in2025).toContain('30219');
  });

  it('no code completion outside the code column, or outside tables', () => {
    const doc = t3Table(['201\t一般公共服务支出\t10$0\t100.00\t']);
    expect(complete(doc).list).toBeNull();
    expect(complete('说明\n\n这是3021$0一段文字。\n').list).toBeNull();
  });
});

describe('row label completion', () => {
  it('T9 (seed 000, one cell per line): the standard 三公 labels', () => {
    const at = seed000.indexOf('\t三、公务接待费');
    const typing = seed000.slice(0, at) + '\t三、公务$0' + seed000.slice(at + '\t三、公务接待费'.length);
    const { list } = complete(typing);
    const labels = list!.items.map((i) => i.label);
    expect(labels).toContain('三、公务接待费');
    expect(labels).not.toContain('资产总额');
    const item = list!.items.find((i) => i.label === '三、公务接待费')!;
    expect(item.detail).toContain('T9');
  });

  it('T11 (tab-separated, label in the first column)', () => {
    const doc = ['部门固定资产占用情况表', '单位：万元', '项目\t数量\t价值（金额单位：万元）', '资产总额\t—\t2740.08', '2、车$0\t2\t30.00', ''].join('\n');
    const { list } = complete(doc);
    expect(list!.items.map((i) => i.label)).toContain('2、车辆（台、辆）');
  });

  it('T1: income labels on the income side, expense labels on the expense side', () => {
    const seed004 = seed('004');
    const line = seed004.split('\n').find((l) => l.includes('一、一般公共预算拨款收入'))!;
    const at = seed004.indexOf(line);
    const cells = line.split('\t');
    // Cursor at the end of the expense label cell (column 3).
    const expenseEnd = at + cells.slice(0, 4).join('\t').length;
    const { list } = complete(seed004.slice(0, expenseEnd) + '$0' + seed004.slice(expenseEnd));
    const labels = list!.items.map((i) => i.label);
    expect(labels).toContain('一、一般公共服务支出');
    expect(labels).not.toContain('五、事业收入');
    // Cursor at the start of the income label cell (column 1): every income label.
    const incomeStart = at + cells[0].length + 1;
    const income = complete(seed004.slice(0, incomeStart) + '$0' + seed004.slice(incomeStart)).list!.items.map((i) => i.label);
    expect(income).toContain('五、事业收入');
  });
});

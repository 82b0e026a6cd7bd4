import type { NarrativeAmount } from '../../model/types';
import { unreadCodedRows, type UnreadRow } from '../../reconcile/identities/unread';
import { halfUnit } from '../../util/decimal';
import { agree, amountVal, stated, unitFactor, type Val } from '../narrative/common';
import { defineRule, type RuleContext } from '../types';

/** "名称（项）", "名称（款）": the names a sentence gives with their level. */
const LEVEL_NAME = (level: string) => new RegExp(`([^（()）\\-－—“”"'、，。：:；;\\s]+?)\\s*[（(]${level}[）)]`);
const ITEM = LEVEL_NAME('项');
const SECTION = LEVEL_NAME('款');
/** "一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行": 类, 款 and 项 names joined by dashes. */
const CHAIN = /[-－—]/;

/** The 项 a narrative amount is about, with its 款 when the sentence names it; undefined when it names no 项. */
function itemOf(label: string): { item: string; section?: string } | undefined {
  const text = label.replace(/[“”"']/g, '').replace(/科目$/, '').trim();
  const item = ITEM.exec(text);
  if (item) {
    const section = SECTION.exec(text);
    return { item: item[1], ...(section ? { section: section[1] } : {}) };
  }
  if (!CHAIN.test(text)) return undefined;
  const parts = text.split(CHAIN).map((p) => p.replace(/^[\d.．、\s]+/, '').trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  return { item: parts[parts.length - 1], section: parts[parts.length - 2] };
}

function rowVal(row: UnreadRow, i: number): Val {
  const a = row.amounts[i];
  const f = unitFactor(row.unit);
  return { value: a.value.times(f), half: halfUnit(a.decimals).times(f) };
}

/**
 * A sentence that states a 项's amount ("“住房保障支出-住房改革支出-住房公积金”科目174.14万元", "…行政运行（项）
 * 1,511.89万元") when the tables were converted from PDF and could not be split into columns: the amount must be
 * one of the figures printed on that 项's row (any column: the sentence may speak of the 合计 or of one fund).
 * Rows are found by name (and by their 款's name when the sentence gives it); a row whose figures wrapped, or a
 * name the tables do not print whole, is not compared.
 */
export default defineRule({
  id: 'N21',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '说明中某项科目的金额应为 PDF 转换表格中该科目行所列金额之一',
    en: "An item's amount in the text must be one of the figures on that item's row in the tables converted from PDF",
  },
  messages: {
    none: {
      'zh-CN': '“{item}”{stated} 与表格中该科目（{code}）所列金额均不一致：{figures}',
      en: '"{item}" {stated} matches none of the figures printed for {code} in the tables: {figures}',
    },
  },
  check(ctx) {
    const all = unreadCodedRows(ctx.model);
    const rows = all.filter((r) => r.code.length === 7 && r.code[0] === '2' && !r.unsure && r.amounts.length > 0);
    if (rows.length === 0) return;
    const names = new Map<string, string>();
    for (const r of all) if (r.name && !names.has(r.code)) names.set(r.code, r.name);
    const byName = new Map<string, UnreadRow[]>();
    for (const r of rows) {
      const list = byName.get(r.name);
      if (list) list.push(r);
      else byName.set(r.name, [r]);
    }
    for (const s of ctx.model.sentences) {
      for (const a of s.amounts) {
        const ref = itemOf(a.label);
        if (!ref) continue;
        const candidates = (byName.get(ref.item) ?? []).filter((r) => {
          const parent = names.get(r.code.slice(0, 5));
          return !ref.section || parent === undefined || parent === ref.section;
        });
        if (candidates.length === 0) continue;
        const v = amountVal(a);
        if (candidates.some((r) => r.amounts.some((_, i) => agree(v, rowVal(r, i))))) continue;
        report(ctx, a, ref.item, candidates);
      }
    }
  },
});

function report(ctx: RuleContext, a: NarrativeAmount, item: string, rows: UnreadRow[]): void {
  const codes = [...new Set(rows.map((r) => r.code))].join('、');
  const figures = rows
    .slice(0, 4)
    .map((r) => `${r.amounts.map((x) => x.text).join(' / ')} ${r.unit}（第 ${r.line + 1} 行）`)
    .join('；');
  ctx.report('none', a.figure.span, { item, stated: stated(a), code: codes, figures }, {
    related: rows.slice(0, 8).map((r) => ({
      span: r.amounts[0].span,
      message: { 'zh-CN': `${r.code} ${r.name}：${r.amounts.map((x) => x.text).join(' / ')} ${r.unit}`, en: `${r.code} ${r.name}: ${r.amounts.map((x) => x.text).join(' / ')} ${r.unit}` },
    })),
  });
}

import { Decimal } from '../../util/decimal';
import { agree, amountVal, colByRole, compareWithCell, isUnitSlip, line1, sentencesOf, sumVals } from '../narrative/common';
import { currentYearSangong, sangongItem, t9, t9Row } from '../narrative/sangong';
import { defineRule } from '../types';

export default defineRule({
  id: 'N06',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '“三公”经费说明的总额及各项应与“三公”经费支出表（T9）一致；2024 版表中的会议费、培训费、合计也应说明',
    en: 'The “三公” narrative total and items must equal T9; the 2024 layout\'s 会议费, 培训费 and 合计 should also be stated',
  },
  messages: {
    item: {
      'zh-CN': '“三公”经费说明中“{label}” {stated} 与“三公”经费支出表“{what}” {table} 不一致{note}',
      en: '“三公” narrative “{label}” {stated} differs from “{whatEn}” {table} in the “三公” table{noteEn}',
    },
    omitted: {
      'zh-CN': '“三公”经费支出表列有{items}，说明中未提及',
      en: 'The “三公” table shows {itemsEn}, which the narrative does not mention',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const t = t9(m);
    if (!t) return;
    const col = colByRole(t, 'total');
    const { current } = currentYearSangong(m);
    const mentioned = new Set<string>();
    let firstTotal: (typeof current)[number]['amounts'][number] | undefined;
    for (const s of current) {
      for (const a of s.amounts) {
        const item = sangongItem(a.label);
        if (!item || mentioned.has(item.key)) continue;
        mentioned.add(item.key);
        if (item.key === 'subtotal') firstTotal ??= a;
        let row = t9Row(t, item.key);
        if (!row && item.key === 'subtotal') row = t9Row(t, 'total');
        if (!row) continue;
        const slip = isUnitSlip(m, s, a);
        let args: Record<string, string> | undefined;
        if (item.key === 'subtotal') {
          // The narrative's own items may add up to its total: then the table subtotal is the rounded 元 sum.
          const parts = current.flatMap((x) => x.amounts.filter((b) => b !== a && ['abroad', 'carBuy', 'carRun', 'reception'].includes(sangongItem(b.label)?.key ?? '')).map((b) => amountVal(b, !!isUnitSlip(m, x, b))));
          const sum = sumVals(parts);
          if (parts.length >= 2 && agree({ value: sum.value, half: new Decimal(0) }, amountVal(a, !!slip))) {
            args = {
              note: `（说明各分项之和为 ${sum.value.toFixed(2)}万元，表中小计为元口径合计的舍入结果，文表应统一）`,
              noteEn: ` (the stated items add up to ${sum.value.toFixed(2)} 万元; the table subtotal is the rounded 元 total; make text and table agree)`,
            };
          }
        }
        compareWithCell(ctx, 'item', a, t, row, col, { 'zh-CN': item.zh, en: item.zh }, { asWan: !!slip, ...(args ? { args } : {}) });
      }
    }
    // 2024 layout: 会议费, 培训费 and a 合计 that differs from the 三公 subtotal.
    const text = sentencesOf(m, 'N4').map((s) => s.text).join('');
    const missing: string[] = [];
    const cellText = (key: string) => {
      const r = t9Row(t, key);
      const c = r?.cells.find((x) => x.col === col);
      return c?.amount && !c.amount.value.isZero() ? c : undefined;
    };
    for (const [key, word] of [['meeting', '会议费'], ['training', '培训费']] as const) {
      const c = cellText(key);
      if (c && !text.includes(word)) missing.push(`${word} ${c.text}万元`);
    }
    const tot = cellText('total');
    const sub = cellText('subtotal');
    if (tot && sub && !tot.amount!.value.eq(sub.amount!.value) && !mentioned.has('total') && !/合计|总计/.test(text)) missing.push(`合计 ${tot.text}万元`);
    if (missing.length && current.length) {
      const anchor = firstTotal?.figure.span ?? current[0].span;
      const r = t9Row(t, 'meeting') ?? t9Row(t, 'total');
      ctx.report(
        'omitted',
        anchor,
        { items: missing.join('、'), itemsEn: missing.join(', ') },
        {
          severity: 'warning',
          ...(r ? { related: [{ span: r.span, message: { 'zh-CN': `“三公”经费支出表（第 ${line1(m, r.span.start)} 行）`, en: `“三公” table (line ${line1(m, r.span.start)})` } }] } : {}),
        },
      );
    }
  },
});

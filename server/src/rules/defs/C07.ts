import { t9Row } from '../narrative/sangong';
import { defineRule } from '../types';

export default defineRule({
  id: 'C07',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '“三公”经费支出表应将公务用车购置及运行费分列为购置费和运行维护费',
    en: 'T9 splits 公务用车购置及运行费 into 购置费 and 运行维护费 rows',
  },
  messages: {
    split: {
      'zh-CN': '“三公”经费支出表缺少“{row}”行',
      en: 'The “三公” table has no “{row}” row',
    },
  },
  check(ctx) {
    for (const t of ctx.model.tables) {
      if (t.kind !== 'T9' || !t.rows.length) continue;
      for (const [key, row] of [['carBuy', '公务用车购置费'], ['carRun', '公务用车运行维护费']] as const) {
        if (!t9Row(t, key)) ctx.report('split', t.titleSpan ?? t.pieces[0].span, { row });
      }
    }
  },
});

import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/**
 * A table the parser cannot split into columns (aligned with spaces, or cells joined by single spaces) still states,
 * on each coded row, 合计 = the sum of the row's other figures (合计 = 基本支出 + 项目支出, = 财政拨款收入 + 事业收入 …),
 * and on its 合计 and unit rows printed as money, when its coded rows show that shape. A warning, not an error: the columns are guessed from the order of the figures.
 */
export default defineRule({
  id: 'S04',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '无法分列的表格：每行的合计 = 该行其余各金额之和（科目行，以及以金额格式列出的合计行、单位行；仅核对科目行呈此结构的表格）',
    en: "Table whose columns cannot be told apart: each row's 合计 = the sum of the row's other figures (coded rows, and the 合计 or unit rows printed as money; only in tables whose coded rows show that shape)",
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'S04');
  },
});

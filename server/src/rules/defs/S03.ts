import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/**
 * A table the parser cannot split into columns (aligned with spaces, or cells joined by single spaces) still
 * states its classification hierarchy (function and economic) on the first amount of each coded row, the 合计
 * column, and on each further amount when the parent and every child print as many figures on their own line.
 * A warning, not an error: the columns are guessed from the order of the figures, not read.
 */
export default defineRule({
  id: 'S03',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '无法分列的表格：科目层级（功能分类 类 = Σ款、款 = Σ项，经济分类 类 = Σ款），按每行第一个金额即合计列；上级与各下级金额个数相同时，逐个金额核对',
    en: 'Table whose columns cannot be told apart: classification hierarchy (function 类 = Σ款, 款 = Σ项; economic 类 = Σ款) on the first amount of each row, the 合计 column; amount by amount when the parent and every child print as many figures',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'S03');
  },
});

import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T5-02: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T5-02',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '一般公共预算财政拨款支出表：功能分类层级（合计 = Σ类，类 = Σ款，款 = Σ项）',
    en: 'T5: function classification hierarchy',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T5-02');
  },
});

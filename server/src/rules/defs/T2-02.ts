import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T2-02: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T2-02',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '收入总表：功能分类层级（合计 = Σ类，类 = Σ款，款 = Σ项）',
    en: 'T2: function classification hierarchy (合计 = Σ类, 类 = Σ款, 款 = Σ项)',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T2-02');
  },
});

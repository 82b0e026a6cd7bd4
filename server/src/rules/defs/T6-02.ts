import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T6-02: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T6-02',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '基本支出表：经济分类层级（合计 = Σ类，类 = Σ款）',
    en: 'T6: economic classification hierarchy (合计 = Σ类, 类 = Σ款)',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T6-02');
  },
});

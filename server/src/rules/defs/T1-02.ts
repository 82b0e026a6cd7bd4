import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T1-02: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T1-02',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '收支总表：本年支出合计应等于各功能分类（类）支出之和',
    en: 'T1: 本年支出合计 must equal the sum of the 类 rows',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T1-02');
  },
});

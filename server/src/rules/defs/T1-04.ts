import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T1-04: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T1-04',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '收支总表：收入总计应等于支出总计',
    en: 'T1: 收入总计 must equal 支出总计',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T1-04');
  },
});

import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md X03: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'X03',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '收入总表与支出总表同一功能科目的合计应一致',
    en: 'T2 and T3 must agree for every function code',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'X03');
  },
});

import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md X01: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'X01',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '收支总表收入应与收入总表合计行一致',
    en: 'T1 income must agree with the T2 合计 row',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'X01');
  },
});

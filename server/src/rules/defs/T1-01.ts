import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T1-01: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T1-01',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '收支总表：本年收入合计应等于各项收入之和',
    en: 'T1: 本年收入合计 must equal the sum of the income rows',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T1-01');
  },
});

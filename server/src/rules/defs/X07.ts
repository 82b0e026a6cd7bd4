import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md X07: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'X07',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '一般公共预算基本支出应等于基本支出表合计',
    en: 'T5 basic expenditure must equal the T6 total',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'X07');
  },
});

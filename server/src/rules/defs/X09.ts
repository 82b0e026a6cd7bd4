import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md X09: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'X09',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '“三公”经费各栏不应超过对应财政拨款支出表合计',
    en: '三公 columns must not exceed the matching fund table totals',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'X09');
  },
});

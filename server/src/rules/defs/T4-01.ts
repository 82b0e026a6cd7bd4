import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T4-01: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T4-01',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '财政拨款收支总表内部勾稽：收入合计、各栏合计、结转结余与总计',
    en: 'T4 internal identities: income total, column totals, carry-over and grand totals',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T4-01');
  },
});

import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T9-06: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T9-06',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '“三公”经费表：每行合计 = 一般公共预算 + 政府性基金 + 国有资本经营',
    en: '三公 table: each row\'s total = the sum of its funding columns',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T9-06');
  },
});

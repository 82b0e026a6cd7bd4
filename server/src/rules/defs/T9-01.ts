import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T9-01: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T9-01',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '“三公”经费表：小计 = 因公出国（境）费 + 公务用车购置及运维费 + 公务接待费',
    en: '三公 table: subtotal = abroad + vehicles + reception',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T9-01');
  },
});

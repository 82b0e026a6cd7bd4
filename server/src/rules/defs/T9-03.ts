import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T9-03: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T9-03',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '“三公”经费表：因公出国（境）费 = 教学科研人员 + 其他因公出国（境）费',
    en: '三公 table: abroad = research staff + other',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T9-03');
  },
});

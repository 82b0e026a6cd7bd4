import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T1-05: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T1-05',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '收支总表：没有结转结余时，本年收入合计应等于本年支出合计',
    en: 'T1: with no carry-over, 本年收入合计 must equal 本年支出合计',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T1-05');
  },
});

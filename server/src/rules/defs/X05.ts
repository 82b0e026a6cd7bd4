import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md X05: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'X05',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '财政拨款收支总表一般公共预算栏应与一般公共预算财政拨款支出表一致',
    en: 'The T4 一般公共预算 column must agree with T5',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'X05');
  },
});

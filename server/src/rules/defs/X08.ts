import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md X08: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'X08',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '支出总表各科目应不小于一般公共预算、政府性基金、国有资本经营支出表之和',
    en: 'Each T3 code must be at least T5 + T7 + T8',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'X08');
  },
});

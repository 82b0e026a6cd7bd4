import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md X13: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'X13',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '各项目绩效目标表预算数之和应等于项目支出',
    en: 'The 绩效目标表 budgets should add up to 项目支出',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'X13');
  },
});

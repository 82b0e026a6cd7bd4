import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T5-01: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T5-01',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '一般公共预算财政拨款支出表：合计 = 基本支出 + 项目支出',
    en: 'T5: 合计 = 基本支出 + 项目支出',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T5-01');
  },
});

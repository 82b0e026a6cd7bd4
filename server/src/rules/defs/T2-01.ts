import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T2-01: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T2-01',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '收入总表：合计 = 本年收入小计 + 上年结转，小计 = 各收入来源之和',
    en: 'T2: 合计 = 小计 + 上年结转, and 小计 = the sum of the income sources',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T2-01');
  },
});

import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T10-01: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T10-01',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '政府采购预算表：合计与小计、资金来源之和、数量 × 单价、不超过预算资金',
    en: 'Procurement table: totals, funding columns, quantity × price, within the project budget',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T10-01');
  },
});

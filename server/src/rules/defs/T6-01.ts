import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T6-01: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T6-01',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '基本支出表：合计 = 人员经费 + 公用经费',
    en: 'T6: 合计 = 人员经费 + 公用经费',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T6-01');
  },
});

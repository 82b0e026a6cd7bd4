import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T1-03: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T1-03',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '收支总表：收入总计 = 本年收入合计 + 上年结转结余；支出总计 = 本年支出合计 + 年终结转结余',
    en: 'T1: 收入总计 = 本年收入合计 + carry-over in; 支出总计 = 本年支出合计 + carry-over out',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T1-03');
  },
});

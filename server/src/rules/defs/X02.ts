import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md X02: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'X02',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '收支总表支出（合计及各类）应与支出总表一致',
    en: 'T1 expenditure (total and each 类) must agree with T3',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'X02');
  },
});

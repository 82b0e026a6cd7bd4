import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md X04: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'X04',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '财政拨款收支总表的财政拨款收入应与收支总表一致',
    en: 'T4 appropriation income must agree with T1',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'X04');
  },
});

import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md X06: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'X06',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '财政拨款收支总表政府性基金、国有资本经营栏应与 T7、T8 一致',
    en: 'The T4 fund and state-capital columns must agree with T7 and T8',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'X06');
  },
});

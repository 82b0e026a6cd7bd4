import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T9-02: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T9-02',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '“三公”经费表：公务用车购置及运维费 = 购置费 + 运行维护费',
    en: '三公 table: vehicles = purchase + running costs',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T9-02');
  },
});

import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md X11: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'X11',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '“三公”经费各项不应少于基本支出表中对应经济科目',
    en: 'Each 三公 item should be at least the matching T6 economic item',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'X11');
  },
});

import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T9-05: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T9-05',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '“三公”经费表：会议费 = 省属高校业务性会议费 + 其他会议费（2024 版）',
    en: '三公 table: meetings = university business meetings + other meetings (2024 layout)',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T9-05');
  },
});

import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T9-04: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T9-04',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '“三公”经费表：合计 = 小计（2024 版另加会议费、培训费）',
    en: '三公 table: 合计 = subtotal (plus meetings and training in the 2024 layout)',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T9-04');
  },
});

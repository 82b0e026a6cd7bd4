import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md X10: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'X10',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '社会保险类功能科目与经济科目应对应（如 2080505 与 30108）',
    en: 'Social-insurance function codes should match their economic codes (e.g. 2080505 and 30108)',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'X10');
  },
});

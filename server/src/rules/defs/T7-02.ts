import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T7-02: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T7-02',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '政府性基金预算财政拨款支出表：合计 = 基本 + 项目，及功能分类层级',
    en: 'T7: 合计 = 基本 + 项目, and the function classification hierarchy',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T7-02');
  },
});

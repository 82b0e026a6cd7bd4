import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T3-01: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T3-01',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '支出总表：合计 = 基本支出 + 项目支出 + 经营支出 + 上解上级 + 对附属单位补助',
    en: 'T3: 合计 = 基本 + 项目 + 经营 + 上解上级 + 对附属单位补助',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T3-01');
  },
});

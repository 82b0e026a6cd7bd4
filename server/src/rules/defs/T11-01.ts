import { IDENTITY_MESSAGES, reportBroken } from '../identityReport';
import { defineRule } from '../types';

/** RULES.md T11-01: reports the broken identities the reconciliation states under this id. */
export default defineRule({
  id: 'T11-01',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '固定资产占用情况表：资产总额 = 房屋 + 车辆 + 设备 + 其他；办公用房不超过房屋',
    en: 'Fixed assets: total = buildings + vehicles + equipment + other; office space within buildings',
  },
  messages: IDENTITY_MESSAGES,
  check(ctx) {
    reportBroken(ctx, 'T11-01');
  },
});

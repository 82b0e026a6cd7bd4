import { ROUNDING_MESSAGES, reportRounding } from '../identityReport';
import { defineRule } from '../types';

/**
 * RULES.md §0.2: a gap between a printed total and its printed parts that rounding to the printed precision can
 * explain is not an error. Every such gap of every identity is reported here, once, as a hint.
 */
export default defineRule({
  id: 'R01',
  defaultSeverity: 'hint',
  description: {
    'zh-CN': '尾差提示：合计与明细之差在四舍五入允许范围内',
    en: 'Rounding difference: a total and its parts differ by no more than rounding explains',
  },
  messages: ROUNDING_MESSAGES,
  check(ctx) {
    reportRounding(ctx);
  },
});

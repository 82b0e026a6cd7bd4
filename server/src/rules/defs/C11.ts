import { t12Name } from '../narrative/projects';
import { defineRule } from '../types';

export default defineRule({
  id: 'C11',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '项目绩效目标表应至少有产出指标和效益指标，并按河北模板列出满意度指标；表格不应中途截断',
    en: 'Each performance table has output and outcome indicators, and (Hebei template) satisfaction indicators; no table is cut off',
  },
  messages: {
    truncated: {
      'zh-CN': '项目绩效目标表“{title}”止于“{last}”，缺少{missing}（本文件其他绩效目标表均有），疑似截断',
      en: 'Performance table "{title}" ends at "{last}" without {missingEn}, which the other tables have; it looks cut off',
    },
    noOutput: {
      'zh-CN': '项目绩效目标表“{title}”缺少{missing}',
      en: 'Performance table "{title}" has no {missingEn}',
    },
    noSatisfaction: {
      'zh-CN': '项目绩效目标表“{title}”没有满意度指标',
      en: 'Performance table "{title}" has no satisfaction indicator',
    },
  },
  check(ctx) {
    const t12 = ctx.model.tables.filter((t) => t.kind === 'T12' && t.performance && t.performance.indicators.length);
    const has = (t: (typeof t12)[number], re: RegExp) => t.performance!.indicators.some((i) => re.test(i.level1) || re.test(i.level2));
    const sat = t12.filter((t) => has(t, /满意度/)).length;
    const sus = t12.filter((t) => has(t, /可持续/)).length;
    for (const t of t12) {
      const inds = t.performance!.indicators;
      const span = t.titleSpan ?? t.pieces[0].span;
      const title = t12Name(t);
      const missingCore = [!has(t, /产出/) && '产出指标', !has(t, /效益/) && '效益指标'].filter(Boolean) as string[];
      if (missingCore.length) {
        ctx.report('noOutput', span, { title, missing: missingCore.join('、'), missingEn: missingCore.join(', ') });
        continue;
      }
      if (has(t, /满意度/)) continue;
      const others = t12.length - 1;
      const othersHaveBoth = others > 0 && sat === others && sus >= others;
      if (othersHaveBoth && !has(t, /可持续/)) {
        const last = inds[inds.length - 1];
        ctx.report('truncated', span, {
          title,
          last: last.level2 || last.level1,
          missing: '可持续影响指标和满意度指标',
          missingEn: 'sustainability and satisfaction indicators',
        });
        continue;
      }
      ctx.report('noSatisfaction', span, { title }, { severity: 'info' });
    }
  },
});

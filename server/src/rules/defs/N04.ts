import { Decimal } from '../../util/decimal';
import { amountVal, printLike, replaceFix, sentencesOf, stated, wan } from '../narrative/common';
import { readChange, segments, signed } from '../narrative/changes';
import { defineRule } from '../types';

export default defineRule({
  id: 'N04',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '比上年增减：本年数 − 上年数 = 增减额，基本支出与项目支出的增减之和 = 总增减额',
    en: 'Change on last year: current − prior = stated change, and the basic and project changes add up to the total change',
  },
  messages: {
    diff: {
      'zh-CN': '增减额 {stated} 与本年 {current} − 上年 {prior} = {computed} 不一致',
      en: 'Stated change {stated} differs from current {current} − prior {prior} = {computed}',
    },
    parts: {
      'zh-CN': '基本支出增减 {basic} 与项目支出增减 {project} 之和 {computed} 与总增减额 {stated} 不一致',
      en: 'Basic change {basic} plus project change {project} = {computed}, but the total change is {stated}',
    },
  },
  check(ctx) {
    const segs = segments(ctx.model, sentencesOf(ctx.model, 'N2.change'));
    const c = readChange(segs);
    if (c.change) {
      const d = amountVal(c.change.a);
      const dSigned = signed(c.change, d.value);
      if (c.current && c.prior) {
        const cur = amountVal(c.current.a);
        const pri = amountVal(c.prior.a);
        const computed = cur.value.minus(pri.value);
        const tol = Decimal.max(d.half, cur.half.plus(pri.half));
        // Only the magnitude here; a direction word against the sign is N18.
        if (computed.abs().minus(d.value).abs().gt(tol)) {
          ctx.report(
            'diff',
            c.change.a.figure.span,
            { stated: stated(c.change.a), current: stated(c.current.a), prior: stated(c.prior.a), computed: wan(computed) },
            { fixes: [replaceFix(c.change.a.figure.span, printLike(c.change.a, { value: computed.abs(), half: new Decimal(0) }))] },
          );
        }
      }
      if (c.basic && c.project) {
        const b = amountVal(c.basic.a);
        const p = amountVal(c.project.a);
        const sum = signed(c.basic, b.value).plus(signed(c.project, p.value));
        if (sum.minus(dSigned).abs().gt(b.half.plus(p.half).plus(d.half))) {
          ctx.report('parts', c.change.a.figure.span, {
            basic: `${c.basic.dir?.word ?? ''}${stated(c.basic.a)}`,
            project: `${c.project.dir?.word ?? ''}${stated(c.project.a)}`,
            computed: wan(sum),
            stated: `${c.change.dir?.word ?? ''}${stated(c.change.a)}`,
          });
        }
      }
    }
  },
});

import { Decimal } from '../../util/decimal';
import { amountVal, stated, wan } from '../narrative/common';
import { segments, signed } from '../narrative/changes';
import { SANGONG, currentYearSangong, sangongItem } from '../narrative/sangong';
import { defineRule } from '../types';

export default defineRule({
  id: 'N07',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '“三公”经费增减：本年 − 上年 = 增减额，各项增减之和 = 总增减额',
    en: '“三公” change: current − prior = stated change, and the item changes add up to the total change',
  },
  messages: {
    diff: {
      'zh-CN': '“三公”经费增减额 {stated} 与本年 {current} − 上年 {prior} = {computed} 不一致',
      en: '“三公” change {stated} differs from current {current} − prior {prior} = {computed}',
    },
    parts: {
      'zh-CN': '“三公”经费各项增减之和 {computed} 与总增减额 {stated} 不一致',
      en: 'The “三公” item changes sum to {computed}, but the total change is {stated}',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const { current, prior } = currentYearSangong(m);
    const segs = segments(m, current);
    const cur = segs.find((g) => !g.dir && sangongItem(g.a.label)?.key === 'subtotal');
    const pri = segments(m, prior).find((g) => !g.dir && /三公/.test(g.a.label));
    let total: (typeof segs)[number] | undefined;
    const items: typeof segs = [];
    segs.forEach((g, i) => {
      if (!g.dir) return;
      // A change belongs to the item named in its own label, else to the amount just before it.
      const own = SANGONG.find((x) => x.text.test(g.a.label.replace(/增加|减少|增长|下降/g, '')));
      const owner = own ?? (i > 0 ? sangongItem(segs[i - 1].a.label) : undefined);
      if (!owner) return;
      if (owner.key === 'subtotal' || owner.key === 'total') total ??= g;
      else items.push(g);
    });
    if (total && cur && pri) {
      const c = amountVal(cur.a);
      const p = amountVal(pri.a);
      const d = amountVal(total.a);
      const computed = c.value.minus(p.value);
      if (computed.abs().minus(d.value).abs().gt(Decimal.max(d.half, c.half.plus(p.half)))) {
        ctx.report('diff', total.a.figure.span, { stated: stated(total.a), current: stated(cur.a), prior: stated(pri.a), computed: wan(computed) });
      }
    }
    // 公务用车购置及运行费 is the parent of 购置费 and 运行费: count the children when both levels are given.
    const keyOf = (g: (typeof segs)[number]) => {
      const i = segs.indexOf(g);
      return (SANGONG.find((x) => x.text.test(g.a.label.replace(/增加|减少|增长|下降/g, ''))) ?? (i > 0 ? sangongItem(segs[i - 1].a.label) : undefined))?.key;
    };
    if (items.some((g) => keyOf(g) === 'carBuy' || keyOf(g) === 'carRun')) {
      for (let k = items.length - 1; k >= 0; k--) if (keyOf(items[k]) === 'carBoth') items.splice(k, 1);
    }
    if (total && items.length) {
      const d = amountVal(total.a);
      const sum = items.reduce((acc, g) => acc.plus(signed(g, amountVal(g.a).value)), new Decimal(0));
      const half = items.reduce((acc, g) => acc.plus(amountVal(g.a).half), d.half);
      if (sum.minus(signed(total, d.value)).abs().gt(half)) {
        ctx.report('parts', total.a.figure.span, { computed: wan(sum), stated: `${total.dir?.word ?? ''}${stated(total.a)}` });
      }
    }
  },
});

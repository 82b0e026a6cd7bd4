import { amountVal, sentencesOf } from '../narrative/common';
import { readChange, segments } from '../narrative/changes';
import { defineRule } from '../types';

/** Direction words against the figures: 增加 for a fall, 减少 for a rise, 持平 with a change. */
export default defineRule({
  id: 'N18',
  defaultSeverity: 'error',
  description: {
    'zh-CN': '增减方向用词应与数据一致：下降不能写“增加”，上升不能写“减少”，有增减不能写“持平”',
    en: 'Direction words must match the figures: no 增加 for a fall, no 减少 for a rise, no 持平 with a change',
  },
  messages: {
    sign: {
      'zh-CN': '本年 {current} 与上年 {prior} 相比为{actual}，但文中写“{word}”',
      en: 'Current {current} against prior {prior} is a {actualEn}, but the text says "{word}"',
    },
    flat: {
      'zh-CN': '文中写“{word}”，但同一处给出了{dirWord} {stated}',
      en: 'The text says "{word}" but gives a change of {stated} in the same clause',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const change = segments(m, sentencesOf(m, 'N2.change'));
    const c = readChange(change);
    if (c.current && c.prior && c.change?.dir) {
      const diff = amountVal(c.current.a).value.minus(amountVal(c.prior.a).value);
      const sign = diff.isZero() ? 0 : diff.gt(0) ? 1 : -1;
      if (sign !== 0 && sign !== c.change.dir.sign) {
        ctx.report(
          'sign',
          { start: c.change.dir.start, end: c.change.dir.end },
          {
            current: `${c.current.a.figure.text}${c.current.a.unit}`,
            prior: `${c.prior.a.figure.text}${c.prior.a.unit}`,
            actual: sign > 0 ? '增加' : '减少',
            actualEn: sign > 0 ? 'rise' : 'fall',
            word: c.change.dir.word,
          },
          { fixes: [{ span: { start: c.change.dir.start, end: c.change.dir.end }, newText: sign > 0 ? '增加' : '减少', title: { 'zh-CN': `改为“${sign > 0 ? '增加' : '减少'}”`, en: `Change to "${sign > 0 ? '增加' : '减少'}"` } }] },
        );
      }
    }
    // 持平 / 无增减 in a clause that also states a non-zero change.
    for (const s of sentencesOf(m, 'N2.change', 'N4', 'N3')) {
      const segs = segments(m, [s]);
      for (const d of s.directions) {
        if (d.value !== '持平') continue;
        // The clause: between the nearest ；/。 boundaries around the word.
        // Searched within the sentence only: a search of the whole text per word is quadratic in a large file.
        const sentenceText = m.text.slice(s.span.start, s.span.end);
        const before = d.span.start - s.span.start;
        const from = s.span.start + Math.max(sentenceText.lastIndexOf('；', before), sentenceText.lastIndexOf(';', before), 0);
        const after = sentenceText.indexOf('；', d.span.end - s.span.start);
        const to = after < 0 ? s.span.end : s.span.start + after;
        const hit = segs.find((g) => g.dir && g.a.span.start > from && g.a.span.start < to && !g.a.figure.value.isZero());
        if (hit) {
          const word = m.text.slice(d.span.start, d.span.end);
          ctx.report('flat', d.span, { word, dirWord: hit.dir!.word, stated: `${hit.a.figure.text}${hit.a.unit}` });
        }
      }
    }
  },
});

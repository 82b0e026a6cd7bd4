import { defineRule } from '../types';

type Level = '省' | '市' | '区' | '县';

/** The issuer's level, from the org name and the narrative's own words (我区 / 区委 / 县级 …). */
export function issuerLevel(orgName: string | undefined, text: string): Level | undefined {
  const votes: Record<Level, number> = { 省: 0, 市: 0, 区: 0, 县: 0 };
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  votes.区 += count(/我区|全区|区委|区政府|区级|区直/g);
  votes.县 += count(/我县|全县|县委|县政府|县直/g);
  // 我省 / 我市 are what this rule looks for, so they do not vote for the issuer's own level.
  votes.市 += count(/市直|市本级/g);
  votes.省 += count(/省直|省本级/g);
  if (orgName) {
    if (/(?:区|开发区|新区)(?!域)/.test(orgName)) votes.区 += 5;
    else if (/县/.test(orgName)) votes.县 += 5;
  }
  const best = (Object.entries(votes) as Array<[Level, number]>).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : undefined;
}

/** Wording that names a higher government level than the issuer's. */
const WRONG: Record<Level, RegExp> = {
  // 市级 wording is left alone: a 区 document cites 市级 transfers legitimately.
  区: /我省|省级财政|省级部门|省级预算|省本级|我市/g,
  县: /我省|省级财政|省级部门|省级预算|省本级|我市/g,
  市: /我省|省级财政|省级部门|省级预算|省本级/g,
  省: /(?!)/g,
};

export default defineRule({
  id: 'N10',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '政府层级用词应与编制单位一致：区县单位不应写“我省”“省级财政”等',
    en: 'Government-level wording must match the issuer: a district or county unit must not write 我省, 省级财政 …',
  },
  messages: {
    level: {
      'zh-CN': '本单位为{level}级单位，文中写“{word}”，应为“{suggest}”',
      en: 'The issuer is at {levelEn} level, but the text says "{word}"; use "{suggest}"',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const prose = m.parsed.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'note');
    const all = prose.map((b) => m.text.slice(b.span.start, b.span.end)).join('\n');
    const level = issuerLevel(m.org?.name, all);
    if (!level || level === '省') return;
    const en: Record<Level, string> = { 省: 'provincial', 市: 'city', 区: 'district', 县: 'county' };
    for (const b of prose) {
      const text = m.text.slice(b.span.start, b.span.end);
      const re = WRONG[level];
      re.lastIndex = 0;
      for (let x = re.exec(text); x; x = re.exec(text)) {
        const word = x[0];
        const suggest = word.replace(/我省|本省|我市|本市/, `我${level}`).replace(/省级|市级/, `${level}级`).replace(/省本级|市本级/, '本级');
        const span = { start: b.span.start + x.index, end: b.span.start + x.index + word.length };
        ctx.report('level', span, { level, levelEn: en[level], word, suggest }, {
          fixes: [{ span, newText: suggest, title: { 'zh-CN': `改为“${suggest}”`, en: `Change to "${suggest}"` } }],
        });
      }
    }
  },
});

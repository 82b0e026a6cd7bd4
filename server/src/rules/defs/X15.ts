import type { Indicator, Sentence, Table } from '../../model/types';
import { lastAtOrBefore } from '../../util/lineIndex';
import { compact } from '../../util/text';
import { projectKey } from '../narrative/common';
import { defineRule } from '../types';

/** Words of a purchase of equipment: a project or an indicator that buys computers or devices. */
const BUYS_EQUIPMENT = /(购买|购置|采购|更换|换装)[^，。；]{0,6}(笔记本电脑|电脑|计算机|服务器|设备)|设备(购置|换装)/;
const COUNT_UNITS = /^(台|套|部|个|件)$/;

function projectName(t: Table): string {
  return (t.performance?.projectName?.value ?? t.title).replace(/^\d+[、.．]\s*/, '').replace(/绩效目标(申报)?表$/, '');
}

/** An indicator that says the project buys N devices (N > 0). */
function purchaseIndicator(t: Table): Indicator | undefined {
  return t.performance?.indicators.find(
    (i) =>
      // The indicator's own description says what is bought; the 三级指标 is often a generic "购买设备数量".
      BUYS_EQUIPMENT.test(i.description.trim() || i.level3) &&
      !!i.value.quantity &&
      COUNT_UNITS.test(i.value.quantity.unit) &&
      i.value.quantity.figure.value.gt(0),
  );
}

/**
 * RULES.md X15: planned asset purchases and procurement agree. When the 国有资产 text plans to buy fixed assets
 * but the 政府采购预算表 is empty, or a project buys equipment while the text says nothing will be bought and
 * the procurement table does not list it, a reviewer asks why.
 */
export default defineRule({
  id: 'X15',
  defaultSeverity: 'warning',
  description: {
    'zh-CN': '拟购置资产与政府采购预算应一致：计划购置固定资产或设备，采购表却为空或未列示，应说明原因',
    en: 'Planned asset purchases should agree with procurement: equipment to be bought should appear in the procurement table, or the text should say why',
  },
  messages: {
    plannedButNoProcurement: {
      'zh-CN': '拟购置固定资产 {amount}，但政府采购预算表为空（{note}），请列示采购或说明原因',
      en: 'Fixed assets of {amount} are to be bought, yet the procurement table is empty ({note}); list the purchase or explain why',
    },
    projectBuysEquipment: {
      'zh-CN': '项目“{project}”购置设备（{what}），但{statement}，政府采购预算表也未列示该项目',
      en: 'Project “{project}” buys equipment ({what}), yet {statementEn}, and the procurement table does not list it',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const t10 = model.tables.find((t) => t.kind === 'T10');
    if (!t10) return;
    const n7 = model.sentences.filter((s) => s.topic === 'N7');
    const planned = n7.flatMap((s) => s.amounts.filter((a) => /拟购置/.test(a.label)).map((a) => ({ s, a })));
    const nonePlanned = (s: Sentence) => /无拟购置|不购置|未安排购置/.test(compact(s.text));
    const zeroSentence = n7.find((s) => nonePlanned(s)) ?? planned.find(({ a }) => a.figure.value.isZero())?.s;

    // (a) The text plans purchases, the procurement table is empty.
    for (const { a } of planned) {
      if (a.figure.value.isZero() || !t10.empty) continue;
      const note = t10.notes.find((n) => /空表/.test(n.value))?.value ?? '';
      ctx.report('plannedButNoProcurement', a.span, { amount: `${a.figure.text}${a.unit}`, note: note || '无数据' }, {
        related: t10.titleSpan ? [{ span: t10.titleSpan, message: { 'zh-CN': '政府采购预算表', en: 'procurement table' } }] : [],
      });
    }

    // (b) A project buys equipment, while the text says no fixed assets will be bought.
    if (!zeroSentence) return;
    const listed = t10.rows.map((r) => projectKey(r.cells[0]?.text ?? '')).filter((k) => k.length >= 2);
    // The first sentence (outside the assets section) naming a project: one search in the joined texts, not a scan
    // of every sentence per project (a file of many disclosures has tens of thousands of sentences).
    let joined: { text: string; starts: number[]; sentences: Sentence[] } | undefined;
    const firstMention = (name: string): Sentence | undefined => {
      if (!joined) {
        const sentences = model.sentences.filter((x) => x.topic !== 'N7');
        const starts: number[] = [];
        let at = 0;
        for (const x of sentences) {
          starts.push(at);
          at += x.text.length + 1;
        }
        joined = { text: sentences.map((x) => x.text).join('\u0000'), starts, sentences };
      }
      // Names reaching here have two characters or more (shorter keys are skipped above).
      const hit = joined.text.indexOf(name);
      return hit < 0 ? undefined : joined.sentences[lastAtOrBefore(joined.starts, hit)];
    };
    for (const t of model.tables) {
      if (t.kind !== 'T12') continue;
      const name = projectName(t);
      const key = projectKey(name);
      if (key.length < 2 || listed.some((l) => l.includes(key) || key.includes(l))) continue;
      const indicator = purchaseIndicator(t);
      const byName = BUYS_EQUIPMENT.test(name);
      if (!indicator && !byName) continue;
      // Where the narrative names the project, the finding sits on that mention; else on the table.
      const mention = firstMention(name);
      const at = mention
        ? { start: mention.span.start + mention.text.indexOf(name), end: mention.span.start + mention.text.indexOf(name) + name.length }
        : indicator
          ? indicator.value.span
          : (t.titleSpan ?? t.span);
      ctx.report(
        'projectBuysEquipment',
        at,
        {
          project: name,
          what: indicator ? `${indicator.description || indicator.level3} ${indicator.value.text}` : name,
          statement: `国有资产信息称“${zeroSentence.text.length > 40 ? zeroSentence.text.slice(0, 40) + '…' : zeroSentence.text}”`,
          statementEn: 'the assets section says no fixed assets will be bought',
        },
        { related: [{ span: zeroSentence.span, message: { 'zh-CN': '国有资产信息', en: 'assets statement' } }, ...(t.titleSpan ? [{ span: t.titleSpan, message: { 'zh-CN': '项目绩效目标表', en: 'project performance table' } }] : [])] },
      );
    }
  },
});

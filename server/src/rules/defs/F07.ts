import { compact, stripMarkup } from '../../util/text';
import { defineRule } from '../types';

/** Standard titles by kind; the prefix 部门/单位 and an org name before it are allowed. 2023 writes 政府基金, 2024 政府性基金. */
const STANDARD: Record<string, RegExp> = {
  T1: /(?:部门|单位)?(?:预算)?收支总表$/,
  T2: /(?:部门|单位)?(?:预算)?收入总表$/,
  T3: /(?:部门|单位)?(?:预算)?支出总表$/,
  T4: /(?:部门|单位)?(?:预算)?财政拨款收支总表$/,
  T5: /(?:部门|单位)?(?:预算)?一般公共预算财政拨款支出表$/,
  T6: /(?:部门|单位)?(?:预算)?一般公共预算财政拨款基本支出表$/,
  T7: /(?:部门|单位)?(?:预算)?政府性?基金预算财政拨款支出表$/,
  T8: /(?:部门|单位)?(?:预算)?国有资本经营预算财政拨款支出表$/,
  T9: /(?:部门|单位)?(?:预算)?财政拨款[“"]三公[”"]经费支出表$/,
  T10: /(?:部门|单位)?政府采购预算(?:表)?$/,
  T11: /(?:部门|单位)?(?:预算)?固定资产占用情况表$/,
};

export default defineRule({
  id: 'F07',
  defaultSeverity: 'info',
  description: {
    'zh-CN': '表格标题使用标准名称（“政府基金”与“政府性基金”均可）',
    en: 'Table titles use the standard names (both 政府基金 and 政府性基金 are accepted)',
  },
  messages: {
    title: {
      'zh-CN': '表格标题“{title}”不是标准名称“{standard}”',
      en: 'Table title "{title}" is not the standard name "{standard}"',
    },
  },
  check(ctx) {
    const names: Record<string, string> = {
      T1: '部门预算收支总表', T2: '部门预算收入总表', T3: '部门预算支出总表', T4: '部门预算财政拨款收支总表',
      T5: '部门预算一般公共预算财政拨款支出表', T6: '部门预算一般公共预算财政拨款基本支出表', T7: '部门预算政府性基金预算财政拨款支出表',
      T8: '部门预算国有资本经营预算财政拨款支出表', T9: '部门预算财政拨款“三公”经费支出表', T10: '部门政府采购预算', T11: '部门固定资产占用情况表',
    };
    for (const t of ctx.model.tables) {
      const re = STANDARD[t.kind];
      if (!re || !t.title || !t.titleSpan) continue;
      const title = compact(stripMarkup(t.title)).replace(/^\d+[.、．]/, '');
      if (re.test(title)) continue;
      ctx.report('title', t.titleSpan, { title: t.title, standard: names[t.kind] });
    }
  },
});

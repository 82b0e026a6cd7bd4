import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, hits } from './narrativeFixture';

describe('N13 TOC entries vs headings', () => {
  it('001: L25 "（三批）" vs L144 "（第三批）" and L33 vs L280 (warnings)', () => {
    expect(hits(seed('001'), 'N13')).toEqual(['25:warning', '33:warning']);
  });

  it('passes on 003 (markdown) and 004', () => {
    expect(hits(seed('003'), 'N13')).toEqual([]);
    expect(hits(seed('004'), 'N13')).toEqual([]);
  });

  it('passes 001 once the TOC matches the headings', () => {
    const t = edit('001', ['4.征用疫情防控备用隔离场所资金（三批）', '4.征用疫情防控备用隔离场所资金（第三批）'], ['12.疫情防控工作经费绩效目标表', '12.疫情防控经费绩效目标表']);
    expect(hits(t, 'N13')).toEqual([]);
  });
});

describe('N13 order', () => {
  it('flags a TOC whose entries are in another order than the headings', () => {
    const text = '目 录\n一、总体绩效目标……2\n二、分项绩效目标……3\n三、工作保障措施……4\n正文\n一、总体绩效目标\n略。\n三、工作保障措施\n略。\n二、分项绩效目标\n略。\n';
    expect(hits(text, 'N13').length).toBeGreaterThan(0);
  });
});

describe('N13 missing headings', () => {
  const toc = '目 录\n一、部门主要职能……2\n二、部门机构设置……3\n三、部门预算表……4\n四、其他相关情况说明……9\n';
  const table = (title: string) => `${title}\n单位：万元\n项目\t合计\n合计\t1.00\n`;

  it('flags a TOC entry whose heading the body never prints', () => {
    const text = `${toc}\n上海市某街道办事处（部门）主要职能\n略。\n${table('部门预算收支总表')}`;
    const found = hits(text, 'N13');
    // 部门机构设置 and 其他相关情况说明 are nowhere in the body; 部门预算表 has a single table behind it.
    expect(found).toEqual(['3:warning', '4:warning', '5:warning']);
  });

  it('accepts a centred heading that names its unit ("…（部门）主要职能") and the tables as the body of "部门预算表"', () => {
    const text =
      `${toc}\n上海市某街道办事处（部门）主要职能\n略。\n上海市某街道办事处（部门）机构设置\n略。\n` +
      `${table('部门预算收支总表')}\n${table('部门预算收入总表')}\n四、其他相关情况说明\n略。\n`;
    expect(hits(text, 'N13')).toEqual([]);
  });

  it('accepts a heading that prints the unit\'s name where the TOC says 部门 ("上海市某区财政局主要职能")', () => {
    const text =
      `${toc}\n        上海市某区财政局主要职能\n略。\n        上海市某区财政局机构设置\n略。\n` +
      `${table('部门预算收支总表')}\n${table('部门预算收入总表')}\n四、其他相关情况说明\n略。\n`;
    expect(hits(text, 'N13')).toEqual([]);
    // In running text, not a heading line of its own, the phrase does not count.
    const prose = text.replace('        上海市某区财政局机构设置\n', '本局介绍了上海市某区财政局机构设置的情况，内容较多，此处从略，详见本局网站公开的相关栏目内容说明。\n');
    expect(hits(prose, 'N13')).toEqual(['3:warning']);
  });
});

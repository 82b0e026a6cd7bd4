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

import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, hits } from './narrativeFixture';

describe('C02 empty tables carry a note', () => {
  it('passes on the seeds (each empty T7/T8/T10 says 空表列示)', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'C02'), n).toEqual([]);
  });

  it('flags an empty T7 without its note', () => {
    const t = edit('004', ['注：无政府基金预算财政拨款预算，空表列示。', '']);
    expect(hits(t, 'C02')).toHaveLength(1);
    expect(hits(t, 'C02')[0]).toMatch(/:error$/);
  });
});

describe('C02 when a converter leaves a lone 合计 line between the empty table and its note', () => {
  const doc = (between: string) =>
    [
      '2026年部门预算',
      '2026年部门政府性基金预算支出功能分类预算表',
      '编制部门：某单位',
      '单位：元',
      '',
      '\t功能分类科目编码\t\t功能分类科目名称\t合计\t基本支出\t项目支出',
      '\t类\t款\t项\t\t\t\t',
      '',
      between,
      '2026年部门国有资本经营预算支出功能分类预算表',
      '',
    ].join('\n');

  it('reads the note after blank lines, a page marker and the lone 合计', () => {
    expect(hits(doc('合计\n\n注:本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。\n\n〔第 18 页〕\n'), 'C02')).toHaveLength(0);
  });

  it('still flags the empty table when no note follows before the next table', () => {
    expect(hits(doc('合计\n'), 'C02').length).toBeGreaterThan(0);
  });
});

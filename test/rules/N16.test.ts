import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, fixes, hits } from './narrativeFixture';

describe('N16 comparison year', () => {
  it('passes on the seeds (each compares with N−1)', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'N16'), n).toEqual([]);
  });

  it('flags a 2024 document comparing with "2024年预算"', () => {
    const t = edit('003', ['较2023年预算减少5.13万元', '较2024年预算减少5.13万元']);
    expect(hits(t, 'N16')).toEqual(['435:warning']);
    expect(fixes(t, 'N16')).toEqual([['2024', '2023']]);
  });

  it('flags a spaced year two years back', () => {
    expect(hits(edit('004', ['较 2022年 1720.78', '较 2021年 1720.78']), 'N16')).toEqual(['438:warning']);
  });
});

describe('N16 the comparison year of real documents', () => {
  const doc = (title: string, body: string) => `${title}\n一、收支预算总体情况\n${body}\n`;
  const income = (y: string) => `2026年，本局收入预算9628.22万元，其中：财政拨款收入9628.22万元，比${y}年预算增加793.14万元；事业收入0万元。`;

  it('flags a 2026 document comparing with 2026, and offers 2025', () => {
    const t = doc('上海市普陀区某局2026年区级部门预算', income('2026'));
    expect(hits(t, 'N16')).toEqual(['3:warning']);
    expect(fixes(t, 'N16')).toEqual([['2026', '2025']]);
    expect(hits(doc('上海市普陀区某局2026年区级部门预算', income('2025')), 'N16')).toEqual([]);
  });

  it('flags a comparison with N−2 in an item explanation', () => {
    const item = (y: string) => `“科学技术支出（类）科学技术普及（款）科普活动（项）”10万元。2025年当年预算执行数5.57万元，2026年预算安排10万元，比${y}年预算执行数增加79.53%。`;
    expect(hits(doc('某街道办事处2026年单位预算', item('2024')), 'N16')).toEqual(['3:warning']);
    expect(hits(doc('某街道办事处2026年单位预算', item('2025')), 'N16')).toEqual([]);
  });

  it('reads the year from the title, not from the last year the text mentions', () => {
    // A 2017 document that mentions 2016 and 2018 figures: the title says 2017.
    const body = '2017年收入预算100.00万元，比2016年预算增加10.00万元。2018年起将另行安排。';
    expect(hits(doc('某某局2017年度部门预算', body), 'N16')).toEqual([]);
    // The letter-spaced title is read too.
    expect(hits(doc('某 某 局 2 0 1 7 年 度 部 门 预 算', body.replace('比2016年', '比2017年')), 'N16')).toEqual(['3:warning']);
  });

  it('reads the comparison wrapped over a line break inside the year', () => {
    const flat = income('2026');
    const at = flat.indexOf('比2026') + 3;
    expect(hits(doc('上海市普陀区某局2026年区级部门预算', `${flat.slice(0, at)}\n${flat.slice(at)}`), 'N16')).toEqual(['3:warning']);
  });
});

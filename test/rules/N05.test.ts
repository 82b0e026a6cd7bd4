import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, hits } from './narrativeFixture';

describe('N05 机关运行经费 items vs T6', () => {
  it('passes on the seeds: 000 (14 items in 元), 002 (13 items; the 元 slips are F01), 003, 004', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'N05'), n).toEqual([]);
  });

  it('flags an item against its T6 row and the broken sum (元)', () => {
    expect(hits(edit('000', ['办公费15000元', '办公费16000元']), 'N05')).toEqual(['1534:warning', '1534:warning']);
  });

  it('flags an item against its T6 row (万元)', () => {
    // The sum stays within the rounding of "2万元" (± 0.5), so only the item is reported.
    expect(hits(edit('002', ['邮电费4.44万元', '邮电费4.54万元']), 'N05')).toEqual(['1763:warning']);
  });

  it('flags a total that is not T6 公用经费 合计', () => {
    expect(hits(edit('004', ['机关运行经费安排 109.45 万元', '机关运行经费安排 190.45 万元']), 'N05')).toEqual(['442:warning']);
  });

  it('does not count a change against last year or a per-head rate as an item of the total', () => {
    const text = [
      '十一、一般公共预算机关运行经费支出预算情况说明',
      '2019年本部门一般公共预算机关运行经费预算支出1642.08万元，与上年相比增加62.7万元，增长3.97%。主要原因是工会经费人均定额增加1000元，以及人员增加带来的定额增加。',
    ].join('\n');
    expect(hits(text, 'N05')).toEqual([]);
    // Items proper are still summed.
    const items = text.replace('与上年相比增加62.7万元，增长3.97%。主要原因是工会经费人均定额增加1000元，以及人员增加带来的定额增加。', '其中：办公费1000.00万元，印刷费600.00万元。');
    expect(hits(items, 'N05')).toEqual(['2:warning']);
  });
});

describe('N05 a partial list of items', () => {
  const head = '十一、机关运行经费预算安排情况\n';
  it('does not sum two amounts of twelve named items against the total', () => {
    const text = `${head}2026年本单位机关运行经费预算安排105.20万元，主要用于办公费、印刷费、邮电费、差旅费、维修（护）费、会议费、培训费、公务接待费、劳务费、工会经费、福利费、公务用车运行维护费等，其中会议费2.00万元、培训费3.50万元。\n`;
    expect(hits(text, 'N05')).toEqual([]);
    // Wrapped as a PDF converter delivers it: the same.
    expect(hits(text.replace('邮电费、差旅', '邮电费、差\n旅').replace('主要用于办公', '主要用于办公\n'), 'N05')).toEqual([]);
  });

  it('still flags parts that exceed the total, and a full list that misses it', () => {
    const over = `${head}2026年本单位机关运行经费预算安排5.20万元，主要用于办公费、印刷费、邮电费、差旅费、维修（护）费、会议费、培训费等，其中会议费2.00万元、培训费3.50万元。\n`;
    expect(hits(over, 'N05')).toEqual(['2:warning']);
    const full = `${head}2026年本单位机关运行经费预算安排10.00万元，其中：办公费2.00万元，印刷费3.50万元。\n`;
    expect(hits(full, 'N05')).toEqual(['2:warning']);
  });
});

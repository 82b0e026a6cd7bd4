import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { hits, spans } from './narrativeFixture';

describe('F03 template residue', () => {
  it('002: the instruction at L1763 and 宋体 at L1785', () => {
    expect(hits(seed('002'), 'F03')).toEqual(['1763:warning', '1785:warning']);
    expect(spans(seed('002'), 'F03')[0]).toBe('（明细相加=机关运行经费安排数=预算公开表格中的日常公用经费合计）');
  });

  it('passes on 000, 003 and 004', () => {
    for (const n of ['000', '003', '004']) expect(hits(seed(n), 'F03'), n).toEqual([]);
  });

  it('flags placeholders: XX, ××, 增加（减少）, "主要原因是。", （增加内容）', () => {
    const text = [
      '四、财政拨款“三公”经费预算情况及增减变化原因',
      '2023年“三公”经费预算XX万元，比上年增加（减少）××万元，主要原因是。',
      '其他需要说明的事项：（增加内容）',
    ].join('\n');
    expect(hits(text, 'F03')).toEqual(['2:warning', '2:warning', '2:warning', '2:warning', '3:warning']);
  });
});

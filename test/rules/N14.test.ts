import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { fixes, hits } from './narrativeFixture';

describe('N14 numbering continuity and complete headings', () => {
  it('002: "5、 预算绩效信息" between 四、 and 六、 (L1766) and the truncated "预算项目绩效目" (L1826)', () => {
    expect(hits(seed('002'), 'N14')).toEqual(['1766:info', '1826:info']);
    const f = fixes(seed('002'), 'N14');
    expect(f[0][1]).toBe('五、');
    expect(f[1]).toEqual(['', '标']);
  });

  it('passes on 000, 003 and 004', () => {
    for (const n of ['000', '003', '004']) expect(hits(seed(n), 'N14'), n).toEqual([]);
  });

  it('flags a gap in 一、二、… numbering', () => {
    const text = '一、部门职责及机构设置情况\n负责……\n二、部门预算安排的总体情况\n……\n四、财政拨款“三公”经费预算情况及增减变化原因\n……\n';
    expect(hits(text, 'N14')).toEqual(['5:info']);
  });
});

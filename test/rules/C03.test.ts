import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { editNth, hits } from './narrativeFixture';

describe('C03 mandatory narrative topics', () => {
  it('passes on 000, 002, 003 and 004', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'C03'), n).toEqual([]);
  });

  it('flags a narrative without 机关运行经费', () => {
    let t = editNth(seed('004'), '三、机关运行经费安排情况', '三、其他', 2);
    t = t.replace(/根据财政部《地方预决算公开操作规程》规定，部门公开的机关运行经费[^\n]*/, '略。');
    expect(hits(t, 'C03')).toEqual(['375:error']);
  });
});

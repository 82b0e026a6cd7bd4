import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, hits } from './narrativeFixture';

describe('C08 listed projects vs T12', () => {
  it('passes on 000 (9 = 9), 002 (10 = 10) and 003 (11 = 11); 004 lists none', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'C08'), n).toEqual([]);
  });

  it('flags a list one project short', () => {
    const t = edit('003', ['综合保障管理费安排85万元；车辆保险费安排2.8万元。', '综合保障管理费安排85万元。']);
    expect(hits(t, 'C08')).toEqual(['431:warning']);
  });
});

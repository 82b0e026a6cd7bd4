import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, hits } from './narrativeFixture';

describe('F08 repeated adjacent paragraphs', () => {
  it('002: L1755 repeats L1754 (template 我省 paragraph kept beside the 我区 one) (info)', () => {
    expect(hits(seed('002'), 'F08')).toEqual(['1755:info']);
  });

  it('passes once one of the two paragraphs is removed', () => {
    const t = edit('002', ['按照预算管理有关规定，目前我省单位预算的编制实行综合预算管理，即全部收入和支出都反映在预算中。', '本单位预算包括全部收入和支出。']);
    expect(hits(t, 'F08')).toEqual([]);
  });

  it('passes on the other seeds', () => {
    for (const n of ['000', '001', '003', '004']) expect(hits(seed(n), 'F08'), n).toEqual([]);
  });
});

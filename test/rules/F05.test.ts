import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { fixes, hits } from './narrativeFixture';

describe('F05 thousands separators', () => {
  it('004: "1,130.72" at L864 and L871 (info)', () => {
    expect(hits(seed('004'), 'F05')).toEqual(['864:info', '871:info']);
    expect(fixes(seed('004'), 'F05')).toEqual([['1,130.72', '1130.72'], ['1,130.72', '1130.72']]);
  });

  it('passes on the other seeds', () => {
    for (const n of ['000', '002', '003']) expect(hits(seed(n), 'F05'), n).toEqual([]);
  });

  it('flags a separator in a narrative amount when other figures have none', () => {
    expect(hits('七、国有资产信息\n上年末固定资产金额为2,740.08万元，其中房屋1130.72万元、车辆1269.29万元。\n', 'F05')).toEqual(['2:info']);
  });

  it('leaves a document that separates thousands throughout alone', () => {
    expect(hits('七、国有资产信息\n上年末固定资产金额为2,740.08万元，其中房屋1,130.72万元。\n', 'F05')).toEqual([]);
  });
});

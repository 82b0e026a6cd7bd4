import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, hits } from './narrativeFixture';

describe('N09 国有资产 amount vs T11 资产总额', () => {
  it('passes on the seeds (380.48 / 491.15 / 507.09 / 2740.08)', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'N09'), n).toEqual([]);
  });

  it('flags a spaced amount that is not 资产总额', () => {
    expect(hits(edit('003', ['固定资产金额为 507.09 万元', '固定资产金额为 570.09 万元']), 'N09')).toEqual(['779:error']);
  });
});

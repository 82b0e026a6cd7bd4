import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { hits } from './narrativeFixture';

describe('C10 concrete indicator values and filled spending plans', () => {
  it('000: "次" without a number (L1744, L1820, L2048, L2200), "1人" for a rate (L2131), "≥100%" (L2062)', () => {
    expect(hits(seed('000'), 'C10')).toEqual(['1744:warning', '1820:warning', '2048:warning', '2062:warning', '2131:warning', '2200:warning']);
  });

  it('001: empty plans (L117, L270) and 4 values under 3 headers (L253)', () => {
    expect(hits(seed('001'), 'C10')).toEqual(['117:warning', '253:warning', '270:warning']);
  });

  it('passes on 002, 003 and 004', () => {
    for (const n of ['002', '003', '004']) expect(hits(seed(n), 'C10'), n).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, fixes, hits } from './narrativeFixture';

describe('N10 government-level wording', () => {
  it('002: 我省 (L1754) and 省级财政 (L2481, L2487) in a 区 unit are warnings', () => {
    expect(hits(seed('002'), 'N10')).toEqual(['1754:warning', '2481:warning', '2487:warning']);
    expect(fixes(seed('002'), 'N10')).toEqual([['我省', '我区'], ['省级财政', '区级财政'], ['省级财政', '区级财政']]);
  });

  it('passes on 000 (县级 is the same level as a 区), 003 and 004 (区级)', () => {
    for (const n of ['000', '003', '004']) expect(hits(seed(n), 'N10'), n).toEqual([]);
  });

  it('does not read 资本市场 as 本市', () => {
    expect(hits(seed('002'), 'N10')).not.toContain('1778:warning');
  });

  it('flags 我市 in a 区 unit', () => {
    expect(hits(edit('004', ['目前我区部门预算的编制', '目前我市部门预算的编制']), 'N10')).toEqual(['426:warning']);
  });

  it('leaves 市级财政 alone: a 区 document cites city-level transfers legitimately', () => {
    expect(hits(edit('004', ['指区级财政当年拨付的资金', '含市级财政当年拨付的资金']), 'N10')).toEqual([]);
  });
});

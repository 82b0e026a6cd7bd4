import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { fixes, hits } from './narrativeFixture';

describe('F06 label typos', () => {
  it('003 L265 档次 → 栏次', () => {
    expect(hits(seed('003'), 'F06')).toEqual(['265:info']);
    expect(fixes(seed('003'), 'F06')).toEqual([['档次', '栏次']]);
  });

  it('002 L2044 1各 → 1个', () => {
    expect(hits(seed('002'), 'F06')).toEqual(['2044:info']);
    expect(fixes(seed('002'), 'F06')).toEqual([['1各', '1个']]);
  });

  it('004 L545 ISO4001 → ISO14001; 000 L1531 主要为；', () => {
    expect(hits(seed('004'), 'F06')).toEqual(['545:info']);
    expect(hits(seed('000'), 'F06')).toEqual(['1531:info']);
  });

  it('leaves the ordinary word 档次 alone ("提升服务档次", 001)', () => {
    expect(hits(seed('001'), 'F06')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { fixes, hits } from './narrativeFixture';

describe('C04 empty narrative sections', () => {
  it('000 L1572, 002 L1825 and 003 L557 are bare headings (warning)', () => {
    expect(hits(seed('000'), 'C04')).toEqual(['1572:warning']);
    expect(hits(seed('002'), 'C04')).toEqual(['1825:warning']);
    expect(hits(seed('003'), 'C04')).toEqual(['557:warning']);
    expect(fixes(seed('000'), 'C04')).toEqual([['', '\n无']]);
  });

  it('004 writes 无 (L537–539): passes', () => {
    expect(hits(seed('004'), 'C04')).toEqual([]);
  });
});

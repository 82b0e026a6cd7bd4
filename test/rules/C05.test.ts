import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, hits } from './narrativeFixture';

describe('C05 “三公” narrative completeness', () => {
  it('passes on 000, 002, 003 and 004', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'C05'), n).toEqual([]);
  });

  it('flags a “三公” paragraph without a reason', () => {
    const t = edit('004', ['的主要原因是公务接待费按规定比例计提减少', '是公务接待费按规定比例计提减少']);
    expect(hits(t, 'C05')).toEqual(['444:error']);
  });
});

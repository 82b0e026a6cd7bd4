import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { edit, fixes, hits, spans } from './narrativeFixture';

describe('F01 元/万元 slips', () => {
  it('002: 公务接待费1.49元 (L1765) and 0.34元 / 6.11元 / 4.12元 (three on L1763) are errors on the unit', () => {
    const t = seed('002');
    expect(hits(t, 'F01')).toEqual(['1763:error', '1763:error', '1763:error', '1765:error']);
    expect(spans(t, 'F01')).toEqual(['元', '元', '元', '元']);
    expect(fixes(t, 'F01')).toEqual([['元', '万元'], ['元', '万元'], ['元', '万元'], ['元', '万元']]);
  });

  it('004: "公务接待 0.69 元" (L446) is an error', () => {
    expect(hits(seed('004'), 'F01')).toEqual(['446:error']);
  });

  it('does not flag a document written in 元 (000) or zero amounts ("基金预算收入0元")', () => {
    expect(hits(seed('000'), 'F01')).toEqual([]);
    expect(hits(seed('003'), 'F01')).toEqual([]);
  });

  it('does not flag a whole-元 amount in a 元 narrative', () => {
    expect(hits(edit('000', ['邮电费2900元', '邮电费2900.50元']), 'F01')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('X08', () => {
  it('flags a T5 figure above T3 for the same code', () => {
    const doc = (() => { const d = FULL.split('一般公共预算财政拨款支出表'); return d[0] + '一般公共预算财政拨款支出表' + alter(alter(d[1], '2013199', '30.00', '30.10', 0), '2013199', '30.00', '30.10', 0); })();
    expect(ruleHits(doc, 'X08')).toEqual(expect.arrayContaining([`${lineOf(doc, '2013199', '一般公共预算财政拨款支出表')}:error`]));
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'X08')).toEqual([]);
  });
});

describe('X08, a code missing from T3', () => {
  it('flags a T5 code that T3 does not list', () => {
    const doc = FULL.replace(/(一般公共预算财政拨款支出表[\s\S]*?8\t2080505\t[^\n]*\n)/, '$19\t2299999\t其他支出\t1.00\t1.00\t\n');
    expect(doc).toContain('2299999');
    expect(ruleHits(doc, 'X08')).toEqual([`${lineOf(doc, '2299999')}:error`]);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T11-01', () => {
  it('flags 资产总额 ≠ the sum of its classes', () => {
    const doc = alter(FULL, '资产总额', '507.09', '507.19');
    expect(ruleHits(doc, 'T11-01')).toEqual([`${lineOf(doc, '资产总额')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T11-01')).toEqual([]);
  });
});

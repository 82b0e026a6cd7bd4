import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { hits } from './narrativeFixture';
import { editNth } from './narrativeFixture';

describe('F07 standard table titles', () => {
  it('accepts both 政府基金 (2023) and 政府性基金 (2024)', () => {
    for (const n of ['000', '002', '003', '004']) expect(hits(seed(n), 'F07'), n).toEqual([]);
  });

  it('flags a non-standard title of a recognised table', () => {
    const t = editNth(seed('004'), '部门预算财政拨款收支总表', '部门财政拨款收支预算总表', 2);
    expect(hits(t, 'F07')).toHaveLength(1);
    expect(hits(t, 'F07')[0]).toMatch(/:info$/);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/rules/analyze';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T1-01', () => {
  it('flags 本年收入合计 that is not the sum of the income rows', () => {
    const doc = alter(FULL, '本年收入合计', '100.00', '100.10');
    expect(ruleHits(doc, 'T1-01')).toEqual([`${lineOf(doc, '本年收入合计')}:error`]);
  });

  it('sits on the total, names stated / computed / diff, lists the parts and offers the computed figure', () => {
    const doc = alter(FULL, '本年收入合计', '100.00', '100.10');
    const f = analyze(doc).findings.find((x) => x.ruleId === 'T1-01')!;
    expect(doc.slice(f.span.start, f.span.end)).toBe('100.10');
    expect(f.data).toMatchObject({ stated: '100.10', computed: '100.00', diff: '0.10' });
    expect(f.related.length).toBeGreaterThan(0);
    expect(f.fixes).toHaveLength(1);
    expect(f.fixes[0].newText).toBe('100.00');
    expect(doc.slice(f.fixes[0].span.start, f.fixes[0].span.end)).toBe('100.10');
    expect(f.fixes[0].title.en).toBe('Change to 100.00 (sum of parts)');
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T1-01')).toEqual([]);
  });
});

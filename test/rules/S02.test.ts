import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';

describe('S02 unreadable structure', () => {
  it('reports an HTML table that never closes, binary content, an overlong line', () => {
    expect(ruleHits('说明\n<table><tr><td>合计</td><td>1.00', 'S02')).toEqual(['2:info']);
    expect(ruleHits(String.fromCharCode(...Array.from({ length: 500 }, (_, i) => i % 32)), 'S02').length).toBeGreaterThan(0);
    expect(ruleHits('a\n' + '字'.repeat(25_000), 'S02')).toEqual(['2:info']);
  });

  it('is silent on well-formed input', () => {
    expect(ruleHits('<table><tr><td>合计</td><td>1.00</td></tr></table>\n正文。', 'S02')).toEqual([]);
  });
});

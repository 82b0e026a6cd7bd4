import { describe, expect, it } from 'vitest';
import { debounceFor } from '../../server/src/lsp/server';

describe('debounce after an edit', () => {
  it('follows the document’s measured analysis time: a fast document is re-checked sooner than a slow one', () => {
    const fast = debounceFor(26);
    const slow = debounceFor(400);
    expect(fast).toBeLessThan(250);
    expect(fast).toBeGreaterThan(26);
    expect(slow).toBe(250);
    expect(debounceFor(0)).toBeGreaterThan(0);
    // Before the first analysis nothing is known: the full pause.
    expect(debounceFor(undefined)).toBe(250);
  });
});

// intern() hands back a shared copy of short names: whatever the cache holds (collisions,
// evictions), the string returned reads exactly as the one given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intern } from '../../src/parse/intern.js';

describe('intern', () => {
  it('returns the same text for any string, short or long, sliced or not, in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 200 }), (names) => {
        const text = names.join('|');
        let at = 0;
        for (const name of names) {
          const slice = text.slice(at, at + name.length);
          at += name.length + 1;
          expect(intern(slice)).toBe(name);
          expect(intern(name)).toBe(name);
        }
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('names that share a slot (same length and characters at its probes) stay apart', () => {
    const names = ['abXcd', 'aeXfd', 'abXcd', 'a', 'b', '', 'x'.repeat(32), 'x'.repeat(33)];
    for (let round = 0; round < 3; round++) for (const n of names) expect(intern(n)).toBe(n);
  });
});

// One copy of each short name. A scan of 10,000 files slices the same keys and
// identifiers (`name`, `metadata`, `resource`, `tags`, ...) hundreds of thousands of
// times, and every slice is its own string for as long as its tree lives.
//
// A direct-mapped cache, not a Map: a slot chosen from the length and three characters
// holds the last string seen there. On the bench corpus it shares 711,809 of 753,995 names
// (a Map of every name: 713,884) at a third of the cost per call (no full hash, no growing
// table), and it is bounded by construction in a long-lived process (tests, the Action).

const MAX_LENGTH = 32;
const SLOTS = 4096; // a power of two
const slots: string[] = new Array<string>(SLOTS).fill('');

/** The shared copy of `s` when it is short; `s` itself otherwise. */
export function intern(s: string): string {
  const n = s.length;
  if (n > MAX_LENGTH || n === 0) return s;
  const slot = (n * 31 + s.charCodeAt(0) * 131 + s.charCodeAt(n - 1) * 17 + s.charCodeAt(n >> 1) * 7) & (SLOTS - 1);
  const known = slots[slot]!;
  if (known === s) return known;
  // A slice of 13 or more characters is a view that keeps its whole file alive: the cache
  // keeps a copy of its own (concatenation, then slice, makes V8 flatten the string).
  const own = n < 13 ? s : (' ' + s).slice(1);
  slots[slot] = own;
  return own;
}

// One copy of each short name. A scan of 10,000 files slices the same keys and
// identifiers (`name`, `metadata`, `resource`, `tags`, ...) hundreds of thousands of
// times, and every slice is its own string for the whole run. The table is bounded, so
// a long-lived process (tests, the Action) cannot grow it without limit.

const MAX_LENGTH = 32;
const MAX_ENTRIES = 50_000;
const table = new Map<string, string>();

/** The shared copy of `s` when it is short; `s` itself otherwise. */
export function intern(s: string): string {
  if (s.length > MAX_LENGTH) return s;
  const known = table.get(s);
  if (known !== undefined) return known;
  if (table.size >= MAX_ENTRIES) return s;
  // A slice of 13 or more characters is a view that keeps its whole file alive: the table
  // keeps a copy of its own (concatenation, then slice, makes V8 flatten the string).
  const own = s.length < 13 ? s : (' ' + s).slice(1);
  table.set(own, own);
  return own;
}

// `intern(text.slice(start, end))` without the slice when the same short string was seen
// lately. Scalars repeat (`name`, `image`, `metadata`, ...): slicing each one and looking it
// up in intern's table was a tenth of the YAML time. A small direct-mapped cache of
// intern's results is compared in place with the text instead.

import { intern } from '../intern.js';

const SLOTS = 4096;
const LONGEST = 32;
const cache: string[] = new Array<string>(SLOTS).fill('');

export function internSlice(text: string, start: number, end: number): string {
  const n = end - start;
  if (n <= 0 || n > LONGEST) return intern(text.slice(start, end));
  let h = n;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  const slot = (h ^ (h >>> 13)) & (SLOTS - 1);
  const known = cache[slot];
  if (known.length === n && text.startsWith(known, start)) return known;
  const sliced = text.slice(start, end);
  const s = intern(sliced);
  // Not a view into the file (V8 slices 13 or more characters as views): that would keep
  // the whole file alive. intern copies the strings it keeps; a full table keeps none.
  if (s !== sliced || n < 13) cache[slot] = s;
  return s;
}

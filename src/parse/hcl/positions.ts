// What template assembly needs from the file it places parts in: a range for a pair of
// offsets (the parser's lazily positioned source answers it).

import type { Range } from '../source.js';

/** What template assembly needs to place its parts. */
export interface Ranger {
  range(start: number, end: number): Range;
  readonly textLength: number;
}

// Offset → line/column for the parser. Same results as SourceFile.pos, but the parser
// asks for positions in nearly ascending order, so it starts from the line of the
// previous answer instead of a binary search (position lookups were a third of the
// parse time).

import type { Pos, Range } from '../source.js';

/** What template assembly needs to place its parts. */
export interface Ranger {
  range(start: number, end: number): Range;
  readonly textLength: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];
  private last = 0;

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  pos(offset: number): Pos {
    const o = offset < 0 ? 0 : offset > this.text.length ? this.text.length : offset;
    const starts = this.starts;
    let line = this.last;
    if (starts[line] <= o) {
      // Walk forward a few lines, then fall back to binary search.
      let steps = 0;
      while (line + 1 < starts.length && starts[line + 1] <= o) {
        line++;
        if (++steps === 8) {
          line = this.search(o, line, starts.length - 1);
          break;
        }
      }
    } else {
      line = this.search(o, 0, line);
    }
    this.last = line;
    return { line: line + 1, column: o - starts[line] + 1, offset: o };
  }

  get textLength(): number {
    return this.text.length;
  }

  range(start: number, end: number): Range {
    return { start: this.pos(start), end: this.pos(end) };
  }

  /** Last line in [lo, hi] starting at or before `o`. */
  private search(o: number, lo: number, hi: number): number {
    const starts = this.starts;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

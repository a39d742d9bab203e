// Offsets to positions for a walk that moves mostly forward: a cursor on the current
// line makes each conversion O(1) instead of a binary search per node.

import type { Pos, Range, SourceFile } from '../source.js';

export class PosCursor {
  private readonly starts: number[];
  private line = 0;

  constructor(private readonly file: SourceFile) {
    const text = file.text;
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  pos(offset: number): Pos {
    const starts = this.starts;
    const o = offset < 0 ? 0 : offset > this.file.text.length ? this.file.text.length : offset;
    let l = this.line;
    if (o >= starts[l]) {
      // Forward: a few lines at a time, then give up and search.
      let steps = 0;
      while (l + 1 < starts.length && starts[l + 1] <= o && steps < 8) {
        l++;
        steps++;
      }
      if (l + 1 < starts.length && starts[l + 1] <= o) l = this.search(o);
    } else l = this.search(o);
    this.line = l;
    return { line: l + 1, column: o - starts[l] + 1, offset: o };
  }

  range(start: number, end: number): Range {
    const s = this.pos(start);
    return { start: s, end: end === start ? s : this.pos(end) };
  }

  private search(o: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

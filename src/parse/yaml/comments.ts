// Comments are not in js-yaml's events. Tokens the parser reported (scalars, tags,
// anchors, aliases) are "covered" intervals; a `#` outside them that starts a line or
// follows whitespace starts a comment. This is exact for what the parser accepted.

import type { SourceFile } from '../source.js';
import type { Range } from '../source.js';

export interface YComment {
  text: string;
  range: Range;
}

/** Growable list of [start, end) intervals in source order. */
export class Covered {
  starts: number[] = [];
  ends: number[] = [];
  private sorted = true;

  add(start: number, end: number): void {
    if (end <= start) return;
    const n = this.starts.length;
    if (n > 0 && start < this.starts[n - 1]) this.sorted = false;
    this.starts.push(start);
    this.ends.push(end);
  }

  finish(): void {
    if (this.sorted) return;
    const idx = this.starts.map((_, i) => i).sort((a, b) => this.starts[a] - this.starts[b]);
    this.starts = idx.map((i) => this.starts[i]);
    this.ends = idx.map((i) => this.ends[i]);
    this.sorted = true;
  }
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\uFEFF';
}

/** Comments in text[from, to) that lie outside every covered interval. */
export function scanComments(file: SourceFile, covered: Covered, from: number, to: number, out: YComment[]): void {
  covered.finish();
  const text = file.text;
  const { starts, ends } = covered;
  let k = 0;
  let pos = from;
  while (pos < to) {
    const h = text.indexOf('#', pos);
    if (h === -1 || h >= to) return;
    while (k < starts.length && ends[k] <= h) k++;
    if (k < starts.length && starts[k] <= h) {
      pos = ends[k];
      continue;
    }
    if (h > 0 && !isBlank(text[h - 1])) {
      pos = h + 1;
      continue;
    }
    pos = pushComment(file, h, out);
  }
}

/**
 * Comments in text the parser did not accept (after a syntax error): line-based, a `#`
 * at line start or after whitespace and outside quotes opened on the same line.
 */
export function scanCommentsLoose(file: SourceFile, from: number, out: YComment[]): void {
  const text = file.text;
  let pos = from;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    let quote = '';
    for (let i = pos; i < eol; i++) {
      const ch = text[i];
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") {
        if (i === pos || isBlank(text[i - 1]) || '[{,:-'.includes(text[i - 1])) quote = ch;
      } else if (ch === '#' && (i === 0 || isBlank(text[i - 1]))) {
        pushComment(file, i, out);
        break;
      }
    }
    pos = eol + 1;
  }
}

function pushComment(file: SourceFile, start: number, out: YComment[]): number {
  const text = file.text;
  let eol = text.indexOf('\n', start);
  if (eol === -1) eol = text.length;
  let end = eol;
  while (end > start && (text[end - 1] === '\r' || text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  out.push({ text: text.slice(start, end), range: file.span(start, end) });
  return eol;
}

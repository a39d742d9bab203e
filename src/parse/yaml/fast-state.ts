// The fast event producer's state and the helpers every reader shares (see fast-events.ts).
// Each mirrors the js-yaml 5.5 function of the same name; where js-yaml would throw, or
// take a path the fast subset leaves out (a tab between tokens), they throw `Bail.it`.

import type { Event } from 'js-yaml';

/** A node's anchor and tag offsets (see fast-props.ts); -1 when absent. */
export interface Props {
  anchorStart: number;
  anchorEnd: number;
  tagStart: number;
  tagEnd: number;
}

/** Shared by every node without properties; a node that has some gets its own object. */
export const NO_PROPS: Readonly<Props> = Object.freeze({ anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1 });

export interface Snapshot {
  pos: number;
  line: number;
  lineStart: number;
  lineIndent: number;
  events: number;
}

/** Thrown to give the text back to js-yaml. One shared instance: bailing allocates nothing. */
export class Bail {
  static readonly it = new Bail();
}

// js-yaml's node contexts.
export const FLOW_IN = 1;
export const FLOW_OUT = 2;
export const BLOCK_IN = 3;
export const BLOCK_OUT = 4;
export type Context = 1 | 2 | 3 | 4;

export function isEol(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

export function isWhiteSpace(c: number): boolean {
  return c === 0x09 || c === 0x20;
}

export function isWsOrEol(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** `0` is the end: the text carries a NUL sentinel, as js-yaml's does. */
export function isWsOrEolOrEnd(c: number): boolean {
  return c === 0 || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

export function isFlowIndicator(c: number): boolean {
  return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

/** `---` or `...` followed by a blank, a line break or the end. */
export function testDocumentSeparator(s: string, pos: number): boolean {
  const ch = s.charCodeAt(pos);
  if ((ch === 0x2d || ch === 0x2e) && ch === s.charCodeAt(pos + 1) && ch === s.charCodeAt(pos + 2))
    return isWsOrEolOrEnd(s.charCodeAt(pos + 3));
  return false;
}

export class FastState {
  /** The text and a NUL sentinel. */
  readonly s: string;
  readonly length: number;
  pos = 0;
  line = 0;
  lineStart = 0;
  lineIndent = 0;
  depth = 0;
  readonly events: Event[] = [];

  constructor(
    text: string,
    readonly maxDepth: number,
  ) {
    this.s = text + '\0';
    this.length = text.length;
  }

  addScalar(
    start: number,
    end: number,
    props: Readonly<Props>,
    style: number,
    chomping: number,
    indent: number,
    fast: boolean,
  ): void {
    this.events.push({
      type: 4,
      valueStart: start,
      valueEnd: end,
      anchorStart: props.anchorStart,
      anchorEnd: props.anchorEnd,
      tagStart: props.tagStart,
      tagEnd: props.tagEnd,
      style,
      chomping,
      indent,
      fast,
    } as Event);
  }

  /** An empty plain scalar: `key:`, `- `, or a node that is only properties. */
  addEmptyScalar(props: Readonly<Props> = NO_PROPS): void {
    this.addScalar(-1, -1, props, 1, 1, -1, false);
  }

  /** Where the parser is, for js-yaml's try-and-restore around node properties (rare). */
  snapshot(): Snapshot {
    return {
      pos: this.pos,
      line: this.line,
      lineStart: this.lineStart,
      lineIndent: this.lineIndent,
      events: this.events.length,
    };
  }

  restore(at: Snapshot): void {
    this.pos = at.pos;
    this.line = at.line;
    this.lineStart = at.lineStart;
    this.lineIndent = at.lineIndent;
    this.events.length = at.events;
  }

  addPop(): void {
    this.events.push({ type: 6 });
  }

  consumeLineBreak(): void {
    if (this.s.charCodeAt(this.pos) === 0x0a) this.pos++;
    else {
      this.pos++;
      if (this.s.charCodeAt(this.pos) === 0x0a) this.pos++;
    }
    this.line++;
    this.lineStart = this.pos;
    this.lineIndent = 0;
  }

  /** Blanks, line breaks and (with `allowComments`) comments; the number of line breaks. */
  skipSeparationSpace(allowComments: boolean): number {
    const s = this.s;
    let pos = this.pos;
    let lineBreaks = 0;
    let ch = s.charCodeAt(pos);
    let hasSeparation = pos === this.lineStart || isWsOrEol(s.charCodeAt(pos - 1));
    while (ch !== 0) {
      while (ch === 0x20 || ch === 0x09) {
        // A tab here would set js-yaml's firstTabInLine, which changes what it reads next.
        if (ch === 0x09) throw Bail.it;
        hasSeparation = true;
        ch = s.charCodeAt(++pos);
      }
      if (allowComments && hasSeparation && ch === 0x23 /* # */)
        do ch = s.charCodeAt(++pos);
        while (ch !== 0x0a && ch !== 0x0d && ch !== 0);
      if (ch !== 0x0a && ch !== 0x0d) break;
      this.pos = pos;
      this.consumeLineBreak();
      pos = this.pos;
      lineBreaks++;
      hasSeparation = true;
      ch = s.charCodeAt(pos);
      let indent = 0;
      while (ch === 0x20) {
        indent++;
        ch = s.charCodeAt(++pos);
      }
      this.lineIndent = indent;
    }
    this.pos = pos;
    return lineBreaks;
  }

  skipByteOrderMark(): void {
    if (this.pos === this.lineStart && this.s.charCodeAt(this.pos) === 0xfeff) {
      this.pos++;
      this.lineStart = this.pos;
    }
  }

  testDocumentBoundary(): boolean {
    if (this.pos !== this.lineStart) return false;
    if (testDocumentSeparator(this.s, this.pos)) return true;
    if (this.s.charCodeAt(this.pos) === 0xfeff) throw Bail.it;
    return false;
  }

  /** js-yaml's checkPrintable: plain and block scalars hold printable characters only. */
  checkPrintable(start: number, end: number): void {
    const s = this.s;
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x20 && c < 0x7f) continue;
      if (c === 0x0a || c === 0x0d || c === 0x09 || c === 0x85) continue;
      if ((c >= 0xa0 && c < 0xd800) || (c >= 0xe000 && c <= 0xfffd)) continue;
      // A surrogate pair is printable; a lone half is not.
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < end) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          i++;
          continue;
        }
      }
      throw Bail.it;
    }
  }
}

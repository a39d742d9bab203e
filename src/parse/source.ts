// A file's text with a line index, so any offset converts to a 1-based line and column.
// Columns count UTF-16 code units (JavaScript string indices), as SARIF's default does.

export interface Pos {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** 0-based offset into the file text. */
  offset: number;
}

/** A source range; `end` is exclusive. */
export interface Range {
  start: Pos;
  end: Pos;
}

export class SourceFile {
  /**
   * Offsets at which each line starts; [0] === 0. A typed array: one per file, kept for the
   * whole run. Built on the first position asked for: many files never need one.
   */
  #lineStarts: Uint32Array | undefined;
  /** Line (0-based) of the last answer: lookups come mostly in source order. */
  private lastLine = 0;

  constructor(
    /** Path as shown to users: relative to the working directory, '/' separators. */
    readonly path: string,
    readonly text: string,
  ) {}

  private get lineStarts(): Uint32Array {
    return (this.#lineStarts ??= lineStartsOf(this.text));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  pos(offset: number): Pos {
    const o = offset < 0 ? 0 : offset > this.text.length ? this.text.length : offset;
    const starts = this.lineStarts;
    let line = this.lastLine;
    if (!(starts[line] <= o && (line + 1 === starts.length || starts[line + 1] > o))) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      line = this.lastLine = lo;
    }
    return { line: line + 1, column: o - starts[line] + 1, offset: o };
  }

  /**
   * The same range as `range()`, with its positions computed when read. Parsers give
   * every node one of these: most node ranges are never read, and three fields cost a
   * third of a range object and its two positions.
   */
  span(startOffset: number, endOffset: number): Range {
    return new Span(this, startOffset, endOffset);
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.pos(startOffset), end: this.pos(endOffset) };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
  }

  /** Text of a 1-based line without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = line < this.lineStarts.length ? this.lineStarts[line] : this.text.length;
    let end = next;
    if (end > start && this.text[end - 1] === '\n') end--;
    if (end > start && this.text[end - 1] === '\r') end--;
    return this.text.slice(start, end);
  }

  /** Leading whitespace of a 1-based line. */
  indentOf(line: number): string {
    return /^[ \t]*/.exec(this.lineText(line))![0];
  }
}

function lineStartsOf(text: string): Uint32Array {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  const starts = new Uint32Array(n);
  n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
  return starts;
}

export function pointRange(p: Pos): Range {
  return { start: p, end: p };
}

/** A lazily positioned range (see `SourceFile.span`): offsets kept, line and column found on read. */
class Span implements Range {
  readonly #file: SourceFile;
  readonly #start: number;
  readonly #end: number;

  constructor(file: SourceFile, start: number, end: number) {
    this.#file = file;
    this.#start = start;
    this.#end = end;
  }

  get start(): Pos {
    return this.#file.pos(this.#start);
  }

  get end(): Pos {
    return this.#file.pos(this.#end);
  }

  toJSON(): { start: Pos; end: Pos } {
    return { start: this.start, end: this.end };
  }

  /** Offsets without building positions (hot paths in parsers and models). */
  static startOffset(r: Range): number {
    return #start in r ? r.#start : r.start.offset;
  }

  static endOffset(r: Range): number {
    return #end in r ? r.#end : r.end.offset;
  }

  static fileOf(r: Range): SourceFile | undefined {
    return #file in r ? r.#file : undefined;
  }
}

/** `r.start.offset` without computing a line and column. */
export const startOffset: (r: Range) => number = Span.startOffset;

/** `r.end.offset` without computing a line and column. */
export const endOffset: (r: Range) => number = Span.endOffset;

/** The file a parser-made range belongs to; undefined for a plain `{ start, end }` range. */
export const fileOfRange: (r: Range) => SourceFile | undefined = Span.fileOf;

/** Replace `range` of `file` with `text` (an insertion when the range is empty). */
export interface Edit {
  file: SourceFile;
  range: Range;
  text: string;
}

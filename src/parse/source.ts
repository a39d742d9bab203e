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
  /** Offsets at which each line starts; lineStarts[0] === 0. */
  private readonly lineStarts: number[];

  constructor(
    /** Path as shown to users: relative to the working directory, '/' separators. */
    readonly path: string,
    readonly text: string,
  ) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  pos(offset: number): Pos {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1, offset: o };
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

export function pointRange(p: Pos): Range {
  return { start: p, end: p };
}

/** Smallest range covering both. */
export function spanRanges(a: Range, b: Range): Range {
  return {
    start: a.start.offset <= b.start.offset ? a.start : b.start,
    end: a.end.offset >= b.end.offset ? a.end : b.end,
  };
}

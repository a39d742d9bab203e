// The sources of a run, for snippets and for "was this file linted". Parse trees are gone
// by the time reports are written, and holding every file's text would make memory grow
// with the repository: files on disk are read again when asked for, the last few kept.

import type { SourceFile } from '../parse/source.js';
import type { Candidate } from '../read/discover.js';

const RECENT = 8;

export class ScannedSources extends Map<string, SourceFile> {
  private readonly linted = new Set<string>();
  private readonly recent = new Map<string, SourceFile>();

  constructor(
    private readonly candidates: ReadonlyMap<string, Candidate>,
    /** Reads a scanned file again; undefined when it cannot be (then only `set` sources are known). */
    private readonly reload: (c: Candidate) => SourceFile | undefined,
  ) {
    super();
  }

  /** Marks a path as linted: it is known, and read again on demand. */
  scanned(path: string): void {
    this.linted.add(path);
  }

  override has(path: string): boolean {
    return super.has(path) || this.linted.has(path);
  }

  override get(path: string): SourceFile | undefined {
    const kept = super.get(path) ?? this.recent.get(path);
    if (kept || !this.linted.has(path)) return kept;
    const c = this.candidates.get(path);
    const source = c && this.reload(c);
    if (source) {
      if (this.recent.size >= RECENT) this.recent.delete(this.recent.keys().next().value!);
      this.recent.set(path, source);
    }
    return source;
  }
}

// Files a planning pass reads before the units load them (the unit planner's look for
// module calls in every Terraform file): their bytes are held, within a budget, for the
// unit that loads them next, so each file is read from disk and decoded once. Per run:
// nothing held outlives the pass's source, and a held file is handed out once.

import type { Candidate } from './discover.js';
import type { FileSource } from './file-source.js';
import { decode, type Loaded } from './load.js';

/** Bytes held at most: ~12,000 Terraform files of 1.3 KB; past it, files are read again. */
export const HELD_BYTES_BUDGET = 16 * 1024 * 1024;

export class HeldFiles {
  private readonly held = new Map<string, Uint8Array>();
  private bytesHeld = 0;

  constructor(
    private readonly from: FileSource,
    private readonly budget = HELD_BYTES_BUDGET,
  ) {}

  /**
   * A file's bytes for a look before any load(), held for that load when within the budget;
   * undefined when the source hands out no bytes or could not read them (load() says why).
   */
  bytes(c: Candidate, maxBytes: number): Uint8Array | undefined {
    const kept = this.held.get(c.abs);
    if (kept) return kept;
    const bytes = this.from.readBytes?.(c, maxBytes);
    if (bytes && this.bytesHeld + bytes.length <= this.budget) {
      this.held.set(c.abs, bytes);
      this.bytesHeld += bytes.length;
    }
    return bytes;
  }

  /** load() for the planning pass itself: a held file is decoded and still held. */
  peek(c: Candidate, maxBytes: number): Loaded {
    const bytes = this.held.get(c.abs);
    return bytes && bytes.length <= maxBytes ? decode(bytes, c.path) : this.from.load(c, maxBytes);
  }

  /** The source the units read from: a held file is decoded once and let go; the rest are read as before. */
  source(): FileSource {
    return {
      ...this.from,
      load: (c, maxBytes) => {
        const bytes = this.held.get(c.abs);
        if (!bytes) return this.from.load(c, maxBytes);
        this.held.delete(c.abs);
        this.bytesHeld -= bytes.length;
        return bytes.length <= maxBytes ? decode(bytes, c.path) : this.from.load(c, maxBytes);
      },
    };
  }
}

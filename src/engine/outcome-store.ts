// Each unit's outcome from the moment the unit is done until the run merges them all,
// packed (packed-outcome.ts): findings held as objects for the whole unit phase made V8 grow
// its heap with them, so the peak followed the repository. Measured against holding them as
// objects (docs/performance.md): ~15% faster at 10,000 files, but a 20,000-file peak ~1.4x
// the 5,000-file one instead of ~1.25x; holding them up to a budget, then packing in batches,
// was neither faster nor smaller (held findings are copied by each young-generation GC and
// promoted before they are packed).

import type { UnitOutcome } from './lint-unit.js';
import { packOutcome, unpackOutcome, type PackedOutcome } from './packed-outcome.js';

export class OutcomeStore {
  private readonly packed: (PackedOutcome | undefined)[];

  constructor(count: number) {
    this.packed = new Array<PackedOutcome | undefined>(count).fill(undefined);
  }

  /** A unit's outcome: linted in this thread, or already packed by a worker thread. */
  put(index: number, outcome: UnitOutcome | PackedOutcome): void {
    this.packed[index] = 'bytes' in outcome ? outcome : packOutcome(outcome);
  }

  /** Each unit's join keys (Rule.joinKeys), by unit index: kept unpacked. */
  joinKeys(): string[][] {
    return this.packed.map((p) => p?.joinKeys ?? []);
  }

  /** Every outcome, in unit order, unpacked one at a time; the store lets each unit's bytes go. */
  takeAll(): UnitOutcome[] {
    const strings = new Map<string, string>();
    return this.packed.map((p, i) => {
      this.packed[i] = undefined;
      if (p === undefined) throw new Error(`unit ${i} has no outcome`);
      return unpackOutcome(p, strings);
    });
  }
}

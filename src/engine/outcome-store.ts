// Each unit's outcome from the moment the unit is done until the run merges them all.
// Packing (packed-outcome.ts) keeps the findings of a large repository out of the heap, but
// costs about a tenth of a run's time when paid per unit: outcomes are held as objects up
// to a budget, and only beyond it packed, everything held at once, in one batch.

import type { UnitOutcome } from './lint-unit.js';
import { pack, shareStrings, unpack, unpackOutcome, type OutcomeBody, type PackedOutcome } from './packed-outcome.js';

/** Roughly what a finding holds once built (message, fix, fingerprint, ranges). */
const FINDING_BYTES = 1024;
/** Outcomes held as objects before they are packed. */
export const DEFAULT_HELD_BYTES = 4 * 1024 * 1024;

interface Batch {
  bytes: Uint8Array | undefined;
  bodies: OutcomeBody[] | undefined;
}

type Slot = { held: UnitOutcome } | { packed: PackedOutcome } | { batch: Batch; at: number } | undefined;

export class OutcomeStore {
  private readonly slots: Slot[];
  private readonly keys: string[][];
  private held: number[] = [];
  private heldBytes = 0;

  constructor(
    count: number,
    private readonly budget = DEFAULT_HELD_BYTES,
  ) {
    this.slots = new Array<Slot>(count);
    this.keys = new Array<string[]>(count).fill([]);
  }

  /** A unit's outcome: as an object (this thread) or packed (a worker thread). */
  put(index: number, outcome: UnitOutcome | PackedOutcome): void {
    this.keys[index] = outcome.joinKeys;
    if ('bytes' in outcome) {
      this.slots[index] = { packed: outcome };
      return;
    }
    this.slots[index] = { held: outcome };
    this.held.push(index);
    this.heldBytes += estimatedBytes(outcome);
    if (this.heldBytes > this.budget) this.packHeld();
  }

  /** Each unit's join keys (Rule.joinKeys), by unit index. */
  joinKeys(): string[][] {
    return this.keys;
  }

  /** Every outcome, in unit order, unpacked one batch at a time; the store lets each go. */
  takeAll(): UnitOutcome[] {
    const strings = new Map<string, string>();
    const outcomes: UnitOutcome[] = [];
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[i];
      this.slots[i] = undefined;
      if (slot === undefined) throw new Error(`unit ${i} has no outcome`);
      if ('held' in slot) outcomes.push(slot.held);
      else if ('packed' in slot) outcomes.push(unpackOutcome(slot.packed, strings));
      else {
        const { batch, at } = slot;
        if (!batch.bodies) {
          batch.bodies = (unpack(batch.bytes!) as OutcomeBody[]).map((b) => shareStrings(b, strings));
          batch.bytes = undefined;
        }
        outcomes.push({ ...batch.bodies[at], joinKeys: this.keys[i] });
      }
    }
    return outcomes;
  }

  private packHeld(): void {
    const indices = this.held;
    const bodies = indices.map((i) => {
      const { joinKeys: _keys, ...body } = (this.slots[i] as { held: UnitOutcome }).held;
      return body;
    });
    const batch: Batch = { bytes: pack(bodies), bodies: undefined };
    indices.forEach((unit, at) => (this.slots[unit] = { batch, at }));
    this.held = [];
    this.heldBytes = 0;
  }
}

function estimatedBytes(o: UnitOutcome): number {
  let bytes = (o.ruleFindings.length + o.problemFindings.length + o.limitFindings.length) * FINDING_BYTES;
  for (const s of o.extraSources) bytes += s.text.length;
  return bytes;
}

// Units' outcomes as bytes: v8's serializer, then brotli at its fastest setting (about a
// sixth of the size), outside the JavaScript heap until the run merges them
// (outcome-store.ts). A worker thread hands its bytes over without a copy.

import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { deserialize, serialize } from 'node:v8';
import type { Finding } from '../findings/finding.js';
import type { UnitOutcome } from './lint-unit.js';

/** An outcome without the keys the run groups units by before anything is unpacked. */
type OutcomeBody = Omit<UnitOutcome, 'joinKeys'>;

export interface PackedOutcome {
  /** Kept unpacked: the run groups units by them before anything is unpacked. */
  joinKeys: string[];
  bytes: Uint8Array;
}

const FASTEST = { params: { [constants.BROTLI_PARAM_QUALITY]: 0 } };

function pack(value: unknown): Uint8Array {
  // Copied to a buffer of its own size: zlib's result sits in a larger allocation.
  return new Uint8Array(brotliCompressSync(serialize(value), FASTEST));
}

function unpack(bytes: Uint8Array): unknown {
  return deserialize(brotliDecompressSync(bytes));
}

export function packOutcome(outcome: UnitOutcome): PackedOutcome {
  const { joinKeys, ...body } = outcome;
  return { joinKeys, bytes: pack(body) };
}

/** The outcome again, its repeated strings shared through `strings` (see shareStrings). */
export function unpackOutcome(packed: PackedOutcome, strings: Map<string, string>): UnitOutcome {
  return shareStrings({ ...(unpack(packed.bytes) as OutcomeBody), joinKeys: packed.joinKeys }, strings);
}

/**
 * Unpacking makes a new string of every field; the ones tens of thousands of findings
 * repeat (rule, category, file, docs link...) are shared through `strings`, one table for
 * the whole run.
 */
function shareStrings<T extends OutcomeBody>(outcome: T, strings: Map<string, string>): T {
  const share = (s: string) => {
    const known = strings.get(s);
    if (known !== undefined) return known;
    strings.set(s, s);
    return s;
  };
  const shareFields = (f: Finding) => {
    f.ruleId = share(f.ruleId);
    f.category = share(f.category);
    f.severity = share(f.severity) as Finding['severity'];
    f.file = share(f.file);
    if (f.docsUrl !== undefined) f.docsUrl = share(f.docsUrl);
    if (f.unit !== undefined) f.unit = share(f.unit);
    if (f.resource !== undefined) f.resource = share(f.resource);
    for (const r of f.related ?? []) r.file = share(r.file);
  };
  for (const [, f] of outcome.ruleFindings) shareFields(f);
  for (const f of outcome.problemFindings) shareFields(f);
  for (const [, f] of outcome.limitFindings) shareFields(f);
  return outcome;
}

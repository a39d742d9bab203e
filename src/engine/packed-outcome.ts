// A unit's outcome is packed into bytes as soon as the unit is done, and unpacked once
// every unit is: findings held as JavaScript objects for the whole unit phase made V8
// raise its heap limit with them (peak memory grew with the repository, not with the
// largest unit). Packed, they sit outside the heap, compressed (brotli at its fastest
// setting: about a sixth of the size; at 10,000 files the cost was within run-to-run noise,
// at 20,000 the peak was ~25 MB lower); a worker thread hands its bytes over without a copy.

import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { deserialize, serialize } from 'node:v8';
import type { Finding } from '../findings/finding.js';
import type { UnitOutcome } from './lint-unit.js';

export interface PackedOutcome {
  /** Kept unpacked: the run groups units by them before anything is unpacked. */
  joinKeys: string[];
  bytes: Uint8Array;
}

const FASTEST = { params: { [constants.BROTLI_PARAM_QUALITY]: 0 } };

export function packOutcome(outcome: UnitOutcome): PackedOutcome {
  const { joinKeys, ...rest } = outcome;
  // Copied to a buffer of its own size: zlib's result sits in a larger allocation.
  return { joinKeys, bytes: new Uint8Array(brotliCompressSync(serialize(rest), FASTEST)) };
}

/**
 * The outcome again. Unpacking makes a new string of every field; the ones tens of
 * thousands of findings repeat (rule, category, file, docs link...) are shared through
 * `strings`, one table for the whole run.
 */
export function unpackOutcome(packed: PackedOutcome, strings: Map<string, string>): UnitOutcome {
  const outcome = {
    ...(deserialize(brotliDecompressSync(packed.bytes)) as Omit<UnitOutcome, 'joinKeys'>),
    joinKeys: packed.joinKeys,
  };
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

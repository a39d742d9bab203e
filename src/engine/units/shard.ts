// `--shard i/n`: the units of shard i (1-based) of n. A unit goes to the shard its id
// hashes to: deterministic on every machine, independent of which other units exist, and
// every unit in exactly one shard.

import { hash } from 'node:crypto';
import { UsageError } from '../usage-error.js';
import type { UnitPlan } from './plan.js';
import type { UnitScope } from './scope.js';

export interface Shard {
  index: number;
  count: number;
}

/** `2/4` → { index: 2, count: 4 }; anything else is a usage error naming the flag. */
export function parseShard(spec: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard ${JSON.stringify(spec)}: expected i/n with 1 ≤ i ≤ n (for example --shard 2/4)`);
  return { index, count };
}

/** The shard (1-based) a unit id belongs to among `count`. */
export function shardOf(id: string, count: number): number {
  return (hash('sha256', id, 'buffer').readUInt32BE(0) % count) + 1;
}

export function shardUnits(plan: UnitPlan, shard: Shard): Set<string> {
  return new Set([...plan.units.keys()].filter((id) => shardOf(id, shard.count) === shard.index));
}

/** The pipeline's scope for one shard: its units, and the paths of no unit that hash to it. */
export function shardScope(shard: Shard): UnitScope {
  return {
    mode: 'shard',
    shard: `${shard.index}/${shard.count}`,
    select: (plan) => shardUnits(plan, shard),
    claims: (id) => shardOf(id, shard.count) === shard.index,
  };
}

// Availability zones of an Azure resource (`zones = ["1", "2", "3"]`): none, one, or
// spread. A resource in no zone or one zone is placed wherever Azure puts it, or in
// that single zone, and dies with it.

import { valueAt } from '../../../src/engine/rule.js';
import type { RuleContext } from '../../../src/engine/rule.js';
import type { TfAttribute, TfBlock, TfResource } from '../../../src/model/terraform/types.js';
import { UNKNOWN } from '../../../src/model/terraform/value.js';
import { literalFix } from '../../lib/terraform.js';

export type ZoneSpread =
  | { kind: 'none'; attr?: TfAttribute }
  | { kind: 'single'; attr: TfAttribute; zone: string }
  | { kind: 'spread' }
  | { kind: 'unknown' };

export function zoneSpread(block: TfBlock, name = 'zones'): ZoneSpread {
  const attr = block.attr(name);
  if (!attr) return { kind: 'none' };
  const v = attr.value;
  if (v === UNKNOWN) return { kind: 'unknown' };
  if (v === null || (Array.isArray(v) && v.length === 0)) return { kind: 'none', attr };
  if (typeof v === 'string' || typeof v === 'number') return { kind: 'single', attr, zone: String(v) };
  if (Array.isArray(v)) {
    if (v.length > 1) return { kind: 'spread' };
    const only = v[0];
    return { kind: 'single', attr, zone: typeof only === 'string' || typeof only === 'number' ? String(only) : '?' };
  }
  return { kind: 'unknown' };
}

export const ALL_ZONES = '["1", "2", "3"]';

/** `zones = ["1", "2", "3"]`, when the attribute is absent or a literal. */
export function allZonesFix(block: TfBlock, name = 'zones') {
  return literalFix(block, name, ALL_ZONES);
}

/**
 * Reports a block (a scale set, a node pool) that sets no zones or a single zone:
 * at the `zones` value when written, else at the block header, with the all-zones fix.
 */
export function reportZoneSpread<M extends string>(
  context: RuleContext<M, any>,
  resource: TfResource,
  block: TfBlock,
  ids: { none: M; single: M },
  data: Record<string, string | number>,
): void {
  const spread = zoneSpread(block);
  if (spread.kind === 'none') {
    const at = spread.attr;
    context.report({
      messageId: ids.none,
      data,
      at: valueAt(at) ?? block,
      resource: resource.address,
      fix: allZonesFix(block),
    });
  } else if (spread.kind === 'single') {
    context.report({
      messageId: ids.single,
      data: { ...data, zone: spread.zone },
      at: valueAt(spread.attr),
      resource: resource.address,
      fix: allZonesFix(block),
    });
  }
}

// How many availability zones a list of subnets or zones spans, as far as it is known.
// Only what is known is judged: `module.vpc.private_subnets` is not one subnet.

import type { TfAttribute, TfResource, TfStack } from '../../../src/model/terraform/types.js';
import type { Value } from '../../../src/model/terraform/value.js';

export interface SingleZone {
  /** Plain words for the message: `one subnet`, `two subnets, both in eu-west-1a`. */
  detail: string;
}

/** Known zone names of the subnets an attribute refers to, when every one is an `aws_subnet` with a known zone. */
function subnetZones(stack: TfStack, attr: TfAttribute, from: TfResource): Set<string> | undefined {
  const nonResource = attr.references.some(
    (r) => r.startsWith('var.') || r.startsWith('module.') || r.startsWith('data.'),
  );
  if (nonResource || attr.references.length === 0) return undefined;
  const targets = stack.referenced(attr, from);
  if (targets.length === 0 || targets.some((t) => t.resourceType !== 'aws_subnet')) return undefined;
  const zones = new Set<string>();
  for (const t of targets) {
    const az = t.value('availability_zone');
    if (typeof az !== 'string') return undefined;
    zones.add(az);
  }
  return zones;
}

/**
 * A list attribute of subnet ids or zone names confined to one zone: exactly one
 * element, or (for subnets) elements that all resolve to `aws_subnet`s in one known zone.
 */
export function singleZoneList(
  stack: TfStack,
  resource: TfResource,
  name: string,
  noun: 'subnet' | 'availability zone',
): SingleZone | undefined {
  const attr = resource.attr(name);
  const items: Value | undefined = attr?.value;
  if (!attr || !Array.isArray(items)) return undefined;
  if (items.length === 1) {
    const only = items[0];
    return { detail: typeof only === 'string' && noun === 'availability zone' ? only : `one ${noun}` };
  }
  if (items.length < 2) return undefined;
  if (noun === 'availability zone') {
    const known = items.filter((z): z is string => typeof z === 'string');
    return known.length === items.length && new Set(known).size === 1 ? { detail: known[0] } : undefined;
  }
  const zones = subnetZones(stack, attr, resource);
  return zones && zones.size === 1 ? { detail: `${items.length} subnets, all in ${[...zones][0]}` } : undefined;
}

// The common shape of the multi-region rules: a primary store and the resources that copy
// it elsewhere. A copy counts unless it is known to be in the primary's own region; a copy
// whose source cannot be resolved (an ARN known only after apply) might be this store's,
// so it also keeps the primary from being reported, unless it is certainly in its region.

import type { TfAttribute, TfResource, TfStack } from '../../src/model/terraform/types.js';
import type { RuleContext } from '../../src/engine/rule.js';
import { designated } from './follow.js';
import { regionText, sameRegion } from './regions.js';
import { stackLocation } from './stack-location.js';

export interface Copy {
  resource: TfResource;
  /** The attribute naming the source (`replicate_source_db`, `master_instance_name`, ...). */
  attr: TfAttribute;
}

/** Resources of `type` with attribute `attr` set: every candidate copy in the stack. */
export function copies(stack: TfStack, type: string, attr: string): Copy[] {
  return stack.resourcesOfType(type).flatMap((resource) => {
    const a = resource.attr(attr);
    return a && a.value !== null ? [{ resource, attr: a }] : [];
  });
}

/** The primaries a copy designates: by reference (across modules) or by an equal known name. */
export function sourcesOf(
  stack: TfStack,
  copy: Copy,
  candidates: TfResource[],
  nameAttributes: string[],
): TfResource[] {
  const byRef = designated(stack, copy.attr, copy.resource).filter((r) => candidates.includes(r));
  if (byRef.length > 0) return byRef;
  const v = copy.attr.value;
  if (typeof v !== 'string' || v === '') return [];
  return candidates.filter(
    (c) =>
      c !== copy.resource &&
      nameAttributes.some((n) => {
        const x = c.value(n);
        return typeof x === 'string' && (x === v || v.endsWith(`:${x}`));
      }),
  );
}

export type Coverage = { kind: 'covered' } | { kind: 'sameRegionOnly'; copy: TfResource } | { kind: 'none' };

/**
 * Whether `primary` has a copy outside its region. `resolved` maps each copy to the
 * primaries it designates (empty: unresolved).
 */
export function coverage(primary: TfResource, resolved: Map<TfResource, TfResource[]>): Coverage {
  let sameRegionCopy: TfResource | undefined;
  for (const [copy, sources] of resolved) {
    if (copy === primary) continue;
    const mine = sources.includes(primary);
    if (!mine && sources.length > 0) continue;
    const same = sameRegion(primary, copy);
    if (same !== true) return { kind: 'covered' };
    if (mine) sameRegionCopy ??= copy;
  }
  return sameRegionCopy ? { kind: 'sameRegionOnly', copy: sameRegionCopy } : { kind: 'none' };
}

/** Reports a primary whose copies leave it in one region: none at all, or only in its own region. */
export function reportRegionalGap(
  context: Pick<RuleContext<'noReplica' | 'sameRegionReplica', unknown>, 'report'>,
  primary: TfResource,
  gap: Exclude<Coverage, { kind: 'covered' }>,
): void {
  const data = { resource: primary.address, region: regionText(primary) };
  const at = stackLocation(primary);
  if (gap.kind === 'sameRegionOnly')
    context.report({
      messageId: 'sameRegionReplica',
      data: { ...data, copy: gap.copy.address },
      at,
      resource: primary.address,
    });
  else context.report({ messageId: 'noReplica', data, at, resource: primary.address });
}

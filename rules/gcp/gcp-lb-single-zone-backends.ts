import { defineRule, valueAt } from '../../src/engine/rule.js';
import type { TfResource, TfStack } from '../../src/model/terraform/types.js';
import { asString } from '../../src/model/terraform/value.js';
import { hasDynamicBlock, resourcesOf } from '../lib/terraform.js';

/** Instance groups that live in one zone; google_compute_region_instance_group_manager spreads over zones. */
const ZONAL_GROUPS = new Set(['google_compute_instance_group_manager', 'google_compute_instance_group']);

export default defineRule({
  meta: {
    id: 'gcp-lb-single-zone-backends',
    category: 'availability',
    severity: 'warning',
    title: 'Load-balanced backend services should not depend on instance groups in one zone',
    description:
      'A backend service whose every backend is a zonal instance group (google_compute_instance_group_manager or an unmanaged group) in the same zone serves nothing when that zone fails, although the load balancer in front of it is regional or global. Only clear cases are reported: every backend must resolve to a zonal group and all must be in one zone.',
    messages: {
      singleZone:
        'Backend service {resource} is served only by zonal instance group {group} ({zone}): a zone outage leaves the load balancer with no healthy backend. Use google_compute_region_instance_group_manager, or add groups in other zones as backends.',
    },
  },
  check(project, context) {
    for (const { resource, stack } of resourcesOf(
      project,
      'google_compute_backend_service',
      'google_compute_region_backend_service',
    )) {
      if (hasDynamicBlock(resource, 'backend')) continue;
      const groups = resource.blocks('backend').map((backend) => {
        const attr = backend.attr('group');
        return { attr, group: attr ? singleZonalGroup(stack, attr, resource) : undefined };
      });
      if (groups.length === 0 || groups.some((g) => !g.group)) continue;
      const zones = new Set(groups.map((g) => asString(g.group!.value('zone')) ?? '?'));
      // Several groups of unknown zone may well be spread: only one group, or one known zone, is clear.
      if (zones.size > 1 || (zones.has('?') && groups.length > 1)) continue;
      const first = groups[0];
      const zone = asString(first.group!.value('zone'));
      context.report({
        messageId: 'singleZone',
        data: { group: first.group!.address, zone: zone ?? 'the provider default zone' },
        at: valueAt(first.attr!),
        resource: resource.address,
      });
    }
  },
});

/** The zonal instance group a backend's `group` refers to, when it refers to exactly one. */
function singleZonalGroup(
  stack: TfStack,
  attr: NonNullable<ReturnType<TfResource['attr']>>,
  from: TfResource,
): TfResource | undefined {
  const targets = stack.referenced(attr, from).filter((r) => r.mode === 'managed');
  return targets.length === 1 && ZONAL_GROUPS.has(targets[0].resourceType) ? targets[0] : undefined;
}

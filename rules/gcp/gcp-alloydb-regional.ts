import { defineRule, valueAt } from '../../src/engine/rule.js';
import { enumValue, literalFix, resourcesOf } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: 'gcp-alloydb-regional',
    category: 'single-az-database',
    severity: 'error',
    fixable: true,
    title: 'AlloyDB primary instances must be REGIONAL',
    description:
      'An AlloyDB PRIMARY instance with availability_type = "ZONAL" (a basic instance) has one node in one zone: a zone outage stops all writes until the zone recovers. The default, REGIONAL, keeps a standby node in another zone with automatic failover. Read pools and secondaries are not checked.',
    messages: {
      zonal:
        'AlloyDB primary {resource} is ZONAL: its only node runs in one zone, so a zone outage stops every write to the cluster. Use availability_type = "REGIONAL" (the default) for a standby in a second zone.',
    },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, 'google_alloydb_instance')) {
      if (enumValue(resource, 'instance_type') !== 'PRIMARY') continue;
      const attr = resource.attr('availability_type');
      if (!attr || enumValue(resource, 'availability_type') !== 'ZONAL') continue;
      context.report({
        messageId: 'zonal',
        at: valueAt(attr),
        resource: resource.address,
        fix: literalFix(resource, 'availability_type', '"REGIONAL"'),
      });
    }
  },
});

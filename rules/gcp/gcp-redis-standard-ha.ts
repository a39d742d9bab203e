import { defineRule, valueAt } from '../../src/engine/rule.js';
import { enumValue, literalFix, resourcesOf } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: 'gcp-redis-standard-ha',
    category: 'single-az-database',
    severity: 'error',
    fixable: true,
    title: 'Memorystore for Redis instances must use the STANDARD_HA tier',
    description:
      'A google_redis_instance on the BASIC tier (the default) is a single node in a single zone with no replica: a zone outage or node failure makes the cache unavailable and loses its data. STANDARD_HA replicates to a replica in another zone and fails over automatically.',
    messages: {
      basic:
        'Memorystore instance {resource} uses the BASIC tier: one node in one zone, no replica, so a zone or node failure takes it down and loses its data. Use tier = "STANDARD_HA" (this replaces the instance).',
      missing:
        'Memorystore instance {resource} does not set tier, so it is BASIC: one node in one zone, no replica, so a zone or node failure takes it down and loses its data. Set tier = "STANDARD_HA".',
    },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, 'google_redis_instance')) {
      const attr = resource.attr('tier');
      const fix = literalFix(resource, 'tier', '"STANDARD_HA"');
      if (!attr) {
        context.report({ messageId: 'missing', at: resource, resource: resource.address, fix });
      } else if (enumValue(resource, 'tier') === 'BASIC') {
        context.report({ messageId: 'basic', at: valueAt(attr), resource: resource.address, fix });
      }
    }
  },
});

import { defineRule, valueAt } from '../../src/engine/rule.js';
import { asString } from '../../src/model/terraform/value.js';
import { resourcesOf } from '../lib/terraform.js';
import { allZonesFix, zoneSpread } from './lib/zones.js';

interface Options {
  checkStandard: boolean;
}

export default defineRule<'basic' | 'standard' | 'noZones' | 'oneZone', Options>({
  meta: {
    id: 'azure-redis-cache-zones',
    category: 'single-az-database',
    severity: 'error',
    fixable: true,
    title: 'Azure Cache for Redis should be Premium and spread over availability zones',
    description:
      'An azurerm_redis_cache on the Basic tier is one node with no replica and no SLA; on Standard its primary and replica cannot be pinned to zones from Terraform; on Premium, without zones = ["1", "2", "3"] (or with a single zone) the nodes share a zone. In each case a zone outage can take the cache, and whatever lives only in it, down. Only Premium accepts zones.',
    messages: {
      basic:
        'Redis cache {resource} is on the Basic tier: one node, no replica, no SLA, so a node or zone failure loses the cache and its data. Use Premium with zones = ["1", "2", "3"].',
      standard:
        'Redis cache {resource} is on the Standard tier, which cannot be placed in availability zones from Terraform: primary and replica may share a zone that fails. Use Premium with zones = ["1", "2", "3"].',
      noZones:
        'Premium Redis cache {resource} sets no availability zones: its nodes may share one zone, so a zone outage can take the cache down. Set zones = ["1", "2", "3"] (this recreates the cache).',
      oneZone:
        'Premium Redis cache {resource} is pinned to zone {zone} only: a zone outage takes every node down. List at least two zones, e.g. zones = ["1", "2", "3"].',
    },
    optionsSchema: {
      type: 'object',
      properties: { checkStandard: { type: 'boolean' } },
      additionalProperties: false,
    },
    defaultOptions: { checkStandard: true },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, 'azurerm_redis_cache')) {
      const skuAttr = resource.attr('sku_name');
      const sku = asString(skuAttr?.value)?.toLowerCase();
      if (!skuAttr || sku === undefined) continue;
      const data = { resource: resource.address };
      if (sku === 'basic' || (sku === 'standard' && context.options.checkStandard !== false)) {
        context.report({ messageId: sku, data, at: valueAt(skuAttr), resource: resource.address });
        continue;
      }
      if (sku !== 'premium') continue;
      const spread = zoneSpread(resource);
      if (spread.kind === 'none') {
        const at = spread.attr;
        context.report({
          messageId: 'noZones',
          data,
          at: valueAt(at) ?? resource,
          resource: resource.address,
          fix: allZonesFix(resource),
        });
      } else if (spread.kind === 'single') {
        context.report({
          messageId: 'oneZone',
          data: { ...data, zone: spread.zone },
          at: valueAt(spread.attr),
          resource: resource.address,
          fix: allZonesFix(resource),
        });
      }
    }
  },
});

import { defineRule, valueAt } from '../../src/engine/rule.js';
import type { TfResource } from '../../src/model/terraform/types.js';
import { asBool, asString } from '../../src/model/terraform/value.js';
import { firstBlock, literalFix, resourcesOf } from '../lib/terraform.js';

/** Service tiers that cannot be zone-redundant: Basic, Standard (DTU S0–S12) and the old DataWarehouse SKUs. */
function tierWithoutZones(sku: string): boolean {
  const s = sku.toUpperCase();
  return s === 'BASIC' || s === 'STANDARD' || /^S\d+$/.test(s) || s.startsWith('DW') || s === 'FREE';
}

export default defineRule({
  meta: {
    id: 'azure-mssql-zone-redundant',
    category: 'single-az-database',
    severity: 'error',
    fixable: true,
    title: 'Azure SQL databases and elastic pools must be zone-redundant',
    description:
      'An azurerm_mssql_database or azurerm_mssql_elastic_pool without zone_redundant = true keeps its replicas in one availability zone: a zone outage makes it unavailable until the zone returns. Basic and Standard (DTU) tiers cannot be zone-redundant at all; for them the finding recommends a tier that can. Databases inside an elastic pool follow the pool, and geo-secondaries are not checked.',
    messages: {
      notZoneRedundant:
        '{kind} {resource} is not zone-redundant: its replicas share one availability zone, so a zone outage takes it offline. Set zone_redundant = true.',
      tierWithoutZones:
        '{kind} {resource} uses the {sku} tier, which cannot be zone-redundant: a zone outage takes it offline. Move to General Purpose, Business Critical, Premium or Hyperscale and set zone_redundant = true.',
    },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, 'azurerm_mssql_database', 'azurerm_mssql_elastic_pool')) {
      const isPool = resource.resourceType === 'azurerm_mssql_elastic_pool';
      if (!isPool && (inPool(resource) || isSecondary(resource))) continue;
      const attr = resource.attr('zone_redundant');
      const on = asBool(attr?.value);
      if (on === true || (attr && on === undefined)) continue;
      const kind = isPool ? 'Elastic pool' : 'Azure SQL database';
      const sku = isPool ? asString(firstBlock(resource, 'sku')?.value('tier')) : asString(resource.value('sku_name'));
      if (sku !== undefined && tierWithoutZones(sku)) {
        const skuAttr = isPool ? firstBlock(resource, 'sku')!.attr('tier')! : resource.attr('sku_name')!;
        context.report({
          messageId: 'tierWithoutZones',
          data: { kind, sku },
          at: valueAt(skuAttr),
          resource: resource.address,
        });
        continue;
      }
      context.report({
        messageId: 'notZoneRedundant',
        data: { kind },
        at: valueAt(attr) ?? resource,
        resource: resource.address,
        fix: literalFix(resource, 'zone_redundant', 'true'),
      });
    }
  },
});

/** Zone redundancy of a pooled database is the pool's setting. An unknown pool id still means pooled. */
function inPool(db: TfResource): boolean {
  const pool = db.value('elastic_pool_id');
  return pool !== undefined && pool !== null && pool !== '';
}

function isSecondary(db: TfResource): boolean {
  const mode = asString(db.value('create_mode'))?.toLowerCase();
  return mode === 'secondary' || mode === 'onlinesecondary';
}

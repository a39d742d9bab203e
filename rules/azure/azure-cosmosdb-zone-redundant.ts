import { defineRule, valueAt } from '../../src/engine/rule.js';
import { asBool, asString } from '../../src/model/terraform/value.js';
import { hasDynamicBlock, literalFix, resourcesOf } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: 'azure-cosmosdb-zone-redundant',
    category: 'single-az-database',
    severity: 'error',
    fixable: true,
    title: 'Single-region Cosmos DB accounts must be zone-redundant',
    description:
      'An azurerm_cosmosdb_account with a single geo_location whose zone_redundant is not true keeps all its replicas in one availability zone: a zone outage makes the account unavailable, and with it every database in it. Accounts with several geo_location blocks can fail over to another region and are not checked here.',
    messages: {
      notZoneRedundant:
        'Cosmos DB account {resource} has one region ({location}) and is not zone-redundant: a zone outage makes the account unavailable. Set zone_redundant = true in its geo_location, or add a second region.',
    },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, 'azurerm_cosmosdb_account')) {
      // A dynamic geo_location may expand to several regions: its number is unknown.
      if (hasDynamicBlock(resource, 'geo_location')) continue;
      const locations = resource.blocks('geo_location');
      if (locations.length !== 1) continue;
      const [geo] = locations;
      const attr = geo.attr('zone_redundant');
      const on = asBool(attr?.value);
      if (on === true || (attr && on === undefined)) continue;
      context.report({
        messageId: 'notZoneRedundant',
        data: { location: asString(geo.value('location')) ?? 'unknown' },
        at: valueAt(attr) ?? geo,
        resource: resource.address,
        fix: literalFix(geo, 'zone_redundant', 'true'),
      });
    }
  },
});

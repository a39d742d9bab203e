// Cosmos DB accounts replicated to one region only.

import { defineRule } from '../../src/engine/rule.js';
import { asString } from '../../src/model/terraform/value.js';
import { hasDynamicBlock } from '../lib/terraform.js';
import { stackLocation } from '../lib/stack-location.js';
import { DEFAULT_EXAMPLE_DIRS, deployedStacks, exampleDirsSchema } from '../lib/roots.js';

interface Options {
  exampleDirs: string[];
}

export default defineRule<'singleRegion', Options>({
  meta: {
    id: 'azure-cosmosdb-multi-region',
    category: 'missing-multi-region-failover',
    severity: 'warning',
    title: 'Cosmos DB accounts should replicate to a second region',
    description:
      'Flags `azurerm_cosmosdb_account` resources whose `geo_location` blocks all name the same known location. Zone redundancy (checked by ' +
      '`azure-cosmosdb-zone-redundant`) survives a zone outage; only a second region survives a regional one. `geo_location` blocks built by `dynamic`, ' +
      'and locations not known before apply, are not judged. Examples and tests of reusable modules are not checked.',
    messages: {
      singleRegion:
        'Cosmos DB account {resource} is replicated only within {location}: a regional outage makes every database in it unavailable. Add a second geo_location (failover_priority = 1) in another region, with automatic failover enabled.',
    },
    optionsSchema: { type: 'object', properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS },
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      for (const account of stack.resourcesOfType('azurerm_cosmosdb_account')) {
        if (hasDynamicBlock(account, 'geo_location')) continue;
        const locations = account.blocks('geo_location').map((g) => asString(g.value('location')));
        if (locations.length === 0 || locations.some((l) => l === undefined)) continue;
        const distinct = new Set(locations.map((l) => l!.toLowerCase().replace(/\s+/g, '')));
        if (distinct.size !== 1) continue;
        context.report({
          messageId: 'singleRegion',
          data: { location: locations[0]! },
          at: stackLocation(account),
          resource: account.address,
        });
      }
    }
  },
});

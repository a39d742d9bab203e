// Storage accounts holding critical data, replicated within one region only.

import { defineRule } from '../../src/engine/rule.js';
import { asString } from '../../src/model/terraform/value.js';
import { criticalReason, criticalStoreOptions, type CriticalOptions } from '../lib/critical.js';
import { written } from '../lib/origin.js';
import { DEFAULT_EXAMPLE_DIRS, deployedStacks } from '../lib/roots.js';

interface Options extends CriticalOptions {
  exampleDirs: string[];
}

/** The geo-redundant counterpart of each single-region replication type. */
const GEO: Record<string, string> = { LRS: 'GRS', ZRS: 'GZRS' };

export default defineRule<'singleRegion', Options>({
  meta: {
    id: 'azure-storage-geo-redundant',
    category: 'missing-multi-region-failover',
    severity: 'warning',
    fixable: true,
    title: 'Storage accounts with critical data should be geo-redundant',
    description:
      'Flags `azurerm_storage_account` resources that hold critical data (by tag or name, configurable) with `account_replication_type` `LRS` or `ZRS`: ' +
      'all copies then live in one region. `GRS`, `RAGRS`, `GZRS` and `RAGZRS` keep an asynchronous copy in the paired region. Premium accounts, which ' +
      'offer no geo-redundancy, are not flagged, nor are examples and tests of reusable modules.',
    messages: {
      singleRegion:
        'Storage account {resource} holds critical data ({reason}) but is {type}: every copy lives in {location}, so a regional outage makes the data unavailable and a regional disaster can lose it. Use {geo} (or RA{geo} for read access during an outage).',
    },
    ...criticalStoreOptions,
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      for (const account of stack.resourcesOfType('azurerm_storage_account')) {
        const attr = account.attr('account_replication_type');
        const type = asString(attr?.value)?.toUpperCase();
        if (!attr || !type || !(type in GEO)) continue;
        if (asString(account.value('account_tier'))?.toLowerCase() === 'premium') continue;
        const reason = criticalReason(account, ['name'], context.options);
        if (!reason) continue;
        const geo = GEO[type];
        const at = written(attr, account);
        context.report({
          messageId: 'singleRegion',
          data: { reason, type, geo, location: asString(account.value('location')) ?? 'its region' },
          at,
          resource: account.address,
          fix: at.fix(`"${geo}"`),
        });
      }
    }
  },
});

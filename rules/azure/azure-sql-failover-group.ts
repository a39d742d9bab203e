// Azure SQL servers whose databases have no geo-secondary in another region.

import { defineRule } from '../../src/engine/rule.js';
import type { TfResource, TfStack } from '../../src/model/terraform/types.js';
import { asString } from '../../src/model/terraform/value.js';
import { designated } from '../lib/follow.js';
import { regionText, sameRegion } from '../lib/regions.js';
import { stackLocation } from '../lib/stack-location.js';
import { DEFAULT_EXAMPLE_DIRS, deployedStacks, exampleDirsSchema } from '../lib/roots.js';

interface Options {
  exampleDirs: string[];
}

/** Resources of `type` whose attribute (or nested `block.attr`) designates `target`, and whether that could not be resolved. */
function pointing(
  stack: TfStack,
  type: string,
  path: [string] | [string, string],
  target: TfResource,
): { hits: TfResource[]; unresolved: TfResource[] } {
  const hits: TfResource[] = [];
  const unresolved: TfResource[] = [];
  for (const r of stack.resourcesOfType(type)) {
    const holder = path.length === 2 ? r.blocks(path[0])[0] : r;
    const attr = holder?.attr(path[path.length - 1]);
    if (!attr || attr.value === null) continue;
    const targets = designated(stack, attr, r);
    if (targets.includes(target)) hits.push(r);
    else if (targets.length === 0) unresolved.push(r);
  }
  return { hits, unresolved };
}

/** The server a database or failover group partner lives on, when it can be resolved. */
function serverOf(stack: TfStack, r: TfResource, attrPath: [string] | [string, string]): TfResource | undefined {
  const holder = attrPath.length === 2 ? r.blocks(attrPath[0])[0] : r;
  const attr = holder?.attr(attrPath[attrPath.length - 1]);
  return attr ? designated(stack, attr, r).find((s) => s.resourceType === 'azurerm_mssql_server') : undefined;
}

/** Whether the server has a counterpart outside its region, only inside it, or none. */
function counterpart(stack: TfStack, server: TfResource, databases: TfResource[]): 'elsewhere' | 'sameRegion' | 'none' {
  let found = false;
  const elsewhere = (other: TfResource | undefined) => {
    found = true;
    return other === undefined || sameRegion(server, other) !== true;
  };
  // Failover groups: this server as primary (server_id) or as partner (partner_server.id).
  const asPrimary = pointing(stack, 'azurerm_mssql_failover_group', ['server_id'], server);
  for (const g of asPrimary.hits) if (elsewhere(serverOf(stack, g, ['partner_server', 'id']))) return 'elsewhere';
  const asPartner = pointing(stack, 'azurerm_mssql_failover_group', ['partner_server', 'id'], server);
  for (const g of asPartner.hits) if (elsewhere(serverOf(stack, g, ['server_id']))) return 'elsewhere';
  // A group whose servers cannot be resolved might be this server's.
  if (asPrimary.unresolved.length > 0) return 'elsewhere';
  // Active geo-replication: a Secondary database created from one of this server's databases.
  for (const db of databases) {
    const secondaries = pointing(stack, 'azurerm_mssql_database', ['creation_source_database_id'], db);
    for (const s of secondaries.hits) {
      if (
        asString(s.value('create_mode'))?.toLowerCase() === 'secondary' &&
        elsewhere(serverOf(stack, s, ['server_id']))
      )
        return 'elsewhere';
    }
  }
  return found ? 'sameRegion' : 'none';
}

export default defineRule<'noFailover' | 'sameRegionFailover', Options>({
  meta: {
    id: 'azure-sql-failover-group',
    category: 'missing-multi-region-failover',
    severity: 'warning',
    title: 'Azure SQL servers should fail over to another region',
    description:
      'Flags `azurerm_mssql_server` resources that host databases in the stack but have no counterpart in another region: no `azurerm_mssql_failover_group` ' +
      'that has the server as `server_id` or `partner_server.id` with the other server in a different location, and no geo-secondary database ' +
      '(`create_mode = "Secondary"` with `creation_source_database_id` pointing at one of its databases) on a server elsewhere. A server that is itself the ' +
      'partner or secondary counts as covered. Examples and tests of reusable modules are not checked.',
    messages: {
      noFailover:
        'Azure SQL server {resource} in {region} has no failover group or geo-secondary in another region: a regional outage takes its databases ({databases}) offline until the region recovers, and a geo-restore loses up to an hour of writes. Add an azurerm_mssql_failover_group with a partner server in the paired region.',
      sameRegionFailover:
        'Azure SQL server {resource} fails over only to a server in the same region ({region}): a regional outage takes both, with its databases ({databases}). Move the failover partner or geo-secondary to the paired region.',
    },
    optionsSchema: { type: 'object', properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS },
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      for (const server of stack.resourcesOfType('azurerm_mssql_server')) {
        const databases = pointing(stack, 'azurerm_mssql_database', ['server_id'], server).hits;
        if (databases.length === 0) continue;
        // The server holding geo-secondaries is the counterpart of another one.
        if (databases.some((d) => asString(d.value('create_mode'))?.toLowerCase() === 'secondary')) continue;
        const found = counterpart(stack, server, databases);
        if (found === 'elsewhere') continue;
        const names = databases.map((d) => d.address).join(', ');
        context.report({
          messageId: found === 'sameRegion' ? 'sameRegionFailover' : 'noFailover',
          data: { region: regionText(server), databases: names },
          at: stackLocation(server),
          resource: server.address,
        });
      }
    }
  },
});

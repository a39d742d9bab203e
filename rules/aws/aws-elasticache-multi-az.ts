// ElastiCache replication groups that cannot survive the loss of one availability zone.

import { defineRule } from '../../src/engine/rule.js';
import type { TfResource } from '../../src/model/terraform/types.js';
import { asNumber, isUnknown } from '../../src/model/terraform/value.js';
import { reportUnlessTrue } from './lib/settings.js';

/**
 * Nodes per shard: `num_cache_clusters` when given, else 1 + `replicas_per_node_group`,
 * else the API default of a single node. Undefined when it depends on an unknown value.
 */
function nodesPerShard(group: TfResource): { nodes: number; attribute?: string } | undefined {
  for (const name of ['num_cache_clusters', 'replicas_per_node_group']) {
    const v = group.value(name);
    if (v === undefined || v === null) continue;
    if (isUnknown(v)) return undefined;
    const n = asNumber(v);
    if (n === undefined) return undefined;
    return { nodes: name === 'num_cache_clusters' ? n : n + 1, attribute: name };
  }
  return { nodes: 1 };
}

export default defineRule({
  meta: {
    id: 'aws-elasticache-multi-az',
    category: 'single-az-database',
    severity: 'warning',
    fixable: true,
    title: 'ElastiCache replication groups need replicas, automatic failover and Multi-AZ',
    description:
      'Flags `aws_elasticache_replication_group` resources with a single node per shard (`num_cache_clusters` below 2, or `replicas_per_node_group = 0`), ' +
      'or with `automatic_failover_enabled` / `multi_az_enabled` missing or false. Without a replica in another AZ and automatic failover, ' +
      'an AZ outage takes the primary down and the application loses its cache or session store until someone intervenes.',
    messages: {
      singleNode:
        'Replication group {resource} has one node per shard ({detail}), so there is no replica to fail over to and an AZ outage takes the cache down. Run at least two nodes per shard in different AZs, with automatic failover and Multi-AZ enabled.',
      settingOff:
        "Replication group {resource} has {attribute} {state}: when the primary's availability zone fails, no replica in another AZ is promoted automatically. Set {attribute} = true.",
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const group of stack.resourcesOfType('aws_elasticache_replication_group')) {
        const shard = nodesPerShard(group);
        if (shard === undefined) continue;
        if (shard.nodes < 2) {
          const attr = shard.attribute ? group.attr(shard.attribute) : undefined;
          context.report({
            messageId: 'singleNode',
            data: {
              detail: attr
                ? `${shard.attribute} = ${group.value(shard.attribute!) as number}`
                : 'num_cache_clusters is not set and defaults to 1',
            },
            at: attr ?? group,
            resource: group.address,
          });
          continue;
        }
        // Multi-AZ requires automatic failover; each missing switch is its own one-line fix.
        for (const name of ['automatic_failover_enabled', 'multi_az_enabled']) {
          reportUnlessTrue(context, {
            block: group,
            name,
            messageId: 'settingOff',
            data: { resource: group.address },
            resource: group.address,
          });
        }
      }
    }
  },
});

import { defineRule, valueAt } from '../../src/engine/rule.js';
import { asNumber } from '../../src/model/terraform/value.js';
import { enumValue, firstBlock, literalFix, resourcesOf } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: 'gcp-memorystore-cluster-replicas',
    category: 'single-az-database',
    severity: 'error',
    fixable: true,
    title: 'Memorystore clusters need replicas spread over several zones',
    description:
      "A Memorystore for Redis Cluster (google_redis_cluster) or Memorystore for Valkey (google_memorystore_instance) without replicas (replica_count absent or 0) keeps each shard on one node: when that node's zone fails, the shards there are unavailable and their data is gone. zone_distribution_config mode SINGLE_ZONE puts every node in one zone, so one zone outage takes the whole cluster down.",
    messages: {
      noReplicas:
        '{resource} has no replicas: each shard lives on a single node, so a zone outage makes the shards in that zone unavailable and loses their data. Set replica_count = 1 (or 2) so every shard has a copy in another zone.',
      singleZone:
        '{resource} places every node in one zone (zone_distribution_config mode SINGLE_ZONE): one zone outage takes the whole cluster down. Use mode = "MULTI_ZONE" (the default) and drop the zone.',
    },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, 'google_redis_cluster', 'google_memorystore_instance')) {
      const distribution = firstBlock(resource, 'zone_distribution_config');
      const mode = distribution?.attr('mode');
      if (distribution && mode && enumValue(distribution, 'mode') === 'SINGLE_ZONE') {
        context.report({ messageId: 'singleZone', at: valueAt(mode), resource: resource.address });
      }
      const replicas = resource.attr('replica_count');
      const count = asNumber(resource.value('replica_count'));
      if (replicas && count !== 0) continue;
      context.report({
        messageId: 'noReplicas',
        at: valueAt(replicas) ?? resource,
        resource: resource.address,
        fix: literalFix(resource, 'replica_count', '1'),
      });
    }
  },
});

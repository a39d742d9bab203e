// Redis / Valkey run as a bare aws_elasticache_cluster: one node, one AZ, no failover.

import { defineRule } from '../../src/engine/rule.js';
import { asString } from '../../src/model/terraform/value.js';
import { isSet } from './lib/settings.js';

const REPLICABLE_ENGINES = new Set(['redis', 'valkey']);

export default defineRule({
  meta: {
    id: 'aws-elasticache-cluster-standalone',
    category: 'single-az-database',
    severity: 'warning',
    title: 'Redis and Valkey should run in a replication group, not a standalone cache cluster',
    description:
      'Flags `aws_elasticache_cluster` resources with engine `redis` or `valkey` that are not members of a replication group (`replication_group_id`). ' +
      'A standalone Redis cluster is a single node in a single AZ with no replica and no failover: an AZ outage or node failure loses the data it holds. ' +
      'Memcached clusters are not flagged: they hold no durable state and spread nodes with `az_mode`.',
    messages: {
      standalone:
        'Cache cluster {resource} runs {engine} as a single node outside any replication group: an AZ outage or node failure loses its data and there is nothing to fail over to. Use an aws_elasticache_replication_group with a replica in another AZ and automatic failover.',
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const cache of stack.resourcesOfType('aws_elasticache_cluster')) {
        if (isSet(cache, 'replication_group_id')) continue;
        const engine = cache.attr('engine');
        const name = asString(engine?.value);
        if (!engine || name === undefined || !REPLICABLE_ENGINES.has(name)) continue;
        context.report({ messageId: 'standalone', data: { engine: name }, at: engine, resource: cache.address });
      }
    }
  },
});

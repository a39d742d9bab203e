// Neptune clusters with fewer than two instances.

import { defineRule } from '../../src/engine/rule.js';
import { reportClustersWithOneInstance } from './lib/cluster-instances.js';

export default defineRule({
  meta: {
    id: 'aws-neptune-multi-az',
    category: 'single-az-database',
    severity: 'error',
    title: 'Neptune clusters need instances in at least two availability zones',
    description:
      'Flags `aws_neptune_cluster` resources with fewer than two `aws_neptune_cluster_instance` resources (after count / for_each) referring to them. ' +
      'The cluster volume spans three AZs, but with one instance an AZ outage leaves the graph database without a writer until a new instance is created; ' +
      'with a read replica in another AZ, Neptune promotes it automatically.',
    messages: {
      oneInstance:
        'Neptune cluster {resource} has {count} instance(s) in this configuration, so it has no replica to fail over to: an AZ outage takes it down until a new instance is created. Add a second aws_neptune_cluster_instance (count = 2 or more).',
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      reportClustersWithOneInstance(stack, context, {
        clusterType: 'aws_neptune_cluster',
        instanceType: 'aws_neptune_cluster_instance',
        messageId: 'oneInstance',
      });
    }
  },
});

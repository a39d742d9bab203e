// DocumentDB clusters with fewer than two instances.

import { defineRule } from '../../src/engine/rule.js';
import { reportClustersWithOneInstance } from './lib/cluster-instances.js';

export default defineRule({
  meta: {
    id: 'aws-docdb-multi-az',
    category: 'single-az-database',
    severity: 'error',
    title: 'DocumentDB clusters need instances in at least two availability zones',
    description:
      'Flags `aws_docdb_cluster` resources with fewer than two `aws_docdb_cluster_instance` resources (after count / for_each) referring to them. ' +
      'The cluster volume spans three AZs, but with one instance an AZ outage leaves the cluster without a primary until a new instance is created; ' +
      'with a replica in another AZ, DocumentDB fails over in about 30 seconds.',
    messages: {
      oneInstance:
        'DocumentDB cluster {resource} has {count} instance(s) in this configuration, so it has no replica to fail over to: an AZ outage takes it down until a new instance is created. Add a second aws_docdb_cluster_instance (count = 2 or more).',
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      reportClustersWithOneInstance(stack, context, {
        clusterType: 'aws_docdb_cluster',
        instanceType: 'aws_docdb_cluster_instance',
        messageId: 'oneInstance',
      });
    }
  },
});

// Redshift clusters that run in a single availability zone.

import { defineRule } from '../../src/engine/rule.js';
import { asNumber, asString, isUnknown } from '../../src/model/terraform/value.js';
import { reportUnlessTrue } from './lib/settings.js';

export default defineRule({
  meta: {
    id: 'aws-redshift-multi-az',
    category: 'single-az-database',
    severity: 'warning',
    fixable: true,
    title: 'Redshift clusters should be Multi-AZ',
    description:
      'Flags `aws_redshift_cluster` resources that are single-node (`cluster_type = "single-node"` or `number_of_nodes` 1, the default) ' +
      'or whose `multi_az` is missing or false. A single-AZ warehouse is unavailable for the whole of an AZ outage (relocation, where enabled, ' +
      'moves it only after the fact); Multi-AZ (RA3 node types, two or more nodes) keeps a second compute cluster in another AZ.',
    messages: {
      singleNode:
        'Redshift cluster {resource} is a single node ({detail}) in one availability zone: an AZ outage makes the warehouse unavailable. Use an RA3 multi-node cluster (number_of_nodes >= 2) with multi_az = true.',
      singleAz:
        'Redshift cluster {resource} has {attribute} {state}: all its compute is in one availability zone, and an AZ outage makes the warehouse unavailable. Set multi_az = true (RA3 node types).',
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const cluster of stack.resourcesOfType('aws_redshift_cluster')) {
        const type = cluster.attr('cluster_type');
        const nodesAttr = cluster.attr('number_of_nodes');
        const nodesValue = nodesAttr?.value;
        if ((type && isUnknown(type.value)) || (nodesValue !== undefined && isUnknown(nodesValue))) continue;
        const nodes = nodesValue === undefined || nodesValue === null ? 1 : asNumber(nodesValue);
        const singleByType = asString(type?.value) === 'single-node';
        // The provider derives cluster_type from number_of_nodes when it is not set.
        const singleByNodes = nodes === 1 && asString(type?.value) !== 'multi-node';
        if (singleByType || singleByNodes) {
          const at = singleByType ? type! : nodesAttr;
          context.report({
            messageId: 'singleNode',
            data: {
              detail: singleByType
                ? 'cluster_type = "single-node"'
                : nodesAttr
                  ? 'number_of_nodes = 1'
                  : 'number_of_nodes is not set and defaults to 1',
            },
            at: at ?? cluster,
            resource: cluster.address,
          });
          continue;
        }
        reportUnlessTrue(context, {
          block: cluster,
          name: 'multi_az',
          messageId: 'singleAz',
          data: { resource: cluster.address },
          resource: cluster.address,
        });
      }
    }
  },
});

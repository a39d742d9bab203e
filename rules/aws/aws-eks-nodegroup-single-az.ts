// EKS managed node groups whose nodes all live in one availability zone.

import { defineRule } from '../../src/engine/rule.js';
import { writtenAt } from '../lib/origin.js';
import { singleZoneList } from './lib/zone-spread.js';

export default defineRule({
  meta: {
    id: 'aws-eks-nodegroup-single-az',
    category: 'availability',
    severity: 'error',
    title: 'EKS node groups must span several availability zones',
    description:
      'Flags `aws_eks_node_group` resources whose `subnet_ids` holds a single subnet, or subnets that all resolve to `aws_subnet`s in one zone. ' +
      'Every node of the group, and every pod scheduled on it, then fails with that zone; the node group cannot replace them elsewhere. ' +
      'Subnet lists that are not known before apply are not judged.',
    messages: {
      singleAz:
        'EKS node group {resource} is confined to {detail} (subnet_ids): an outage of that availability zone takes down every node and the pods on them, with nowhere to reschedule. Give the node group subnets in at least two zones.',
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const group of stack.resourcesOfType('aws_eks_node_group')) {
        const single = singleZoneList(stack, group, 'subnet_ids', 'subnet');
        const attr = group.attr('subnet_ids');
        if (!single || !attr) continue;
        context.report({
          messageId: 'singleAz',
          data: { detail: single.detail },
          at: writtenAt(attr, group),
          resource: group.address,
        });
      }
    }
  },
});

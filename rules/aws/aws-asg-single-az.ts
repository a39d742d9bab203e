// Auto Scaling groups that can only place instances in one availability zone.

import { defineRule } from '../../src/engine/rule.js';
import { writtenAt } from '../lib/origin.js';
import { singleZoneList } from './lib/zone-spread.js';

export default defineRule({
  meta: {
    id: 'aws-asg-single-az',
    category: 'availability',
    severity: 'error',
    title: 'Auto Scaling groups must span several availability zones',
    description:
      'Flags `aws_autoscaling_group` resources whose `vpc_zone_identifier` holds a single subnet (or subnets that all resolve to one zone), ' +
      'or whose `availability_zones` names a single zone. An Auto Scaling group can only replace instances inside the zones it is given: ' +
      'when that zone fails, the whole group goes down with it and cannot recover anywhere else. Lists that are not known before apply ' +
      '(such as `module.vpc.private_subnets`) are not judged.',
    messages: {
      singleAz:
        'Auto Scaling group {resource} is confined to {detail} ({attribute}): if that availability zone fails, every instance goes down and the group cannot replace them in another zone. Give it subnets in at least two zones.',
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const asg of stack.resourcesOfType('aws_autoscaling_group')) {
        for (const [name, noun] of [
          ['vpc_zone_identifier', 'subnet'],
          ['availability_zones', 'availability zone'],
        ] as const) {
          const single = singleZoneList(stack, asg, name, noun);
          const attr = asg.attr(name);
          if (!single || !attr) continue;
          context.report({
            messageId: 'singleAz',
            data: { detail: single.detail, attribute: name },
            at: writtenAt(attr, asg),
            resource: asg.address,
          });
          break;
        }
      }
    }
  },
});

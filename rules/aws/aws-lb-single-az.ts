// Load balancers with a node in only one availability zone.

import { defineRule } from '../../src/engine/rule.js';
import type { TfResource, TfStack } from '../../src/model/terraform/types.js';
import type { Range, SourceFile } from '../../src/parse/source.js';
import { hasDynamicBlock } from '../lib/terraform.js';
import { writtenAt } from '../lib/origin.js';
import { singleZoneList } from './lib/zone-spread.js';

interface Verdict {
  detail: string;
  file: SourceFile;
  range: Range;
}

function judge(stack: TfStack, lb: TfResource): Verdict | undefined {
  // subnet_mapping blocks built by `dynamic` have a number that is not known statically.
  // Classic ELBs have no subnet_mapping.
  const classic = lb.resourceType === 'aws_elb';
  const dynamicMapping = hasDynamicBlock(lb, 'subnet_mapping');
  const mappings = classic ? [] : lb.blocks('subnet_mapping');
  if (!dynamicMapping && mappings.length === 1 && !lb.attr('subnets')) {
    return { detail: 'one subnet_mapping', file: mappings[0].file, range: mappings[0].headerRange };
  }
  const candidates: [string, 'subnet' | 'availability zone'][] = [['subnets', 'subnet']];
  if (classic) candidates.push(['availability_zones', 'availability zone']);
  for (const [name, noun] of candidates) {
    const single = singleZoneList(stack, lb, name, noun);
    const attr = lb.attr(name);
    if (!single || !attr) continue;
    // A list that comes from a module argument is reported at that argument.
    return { detail: `${single.detail} (${name})`, ...writtenAt(attr, lb) };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'aws-lb-single-az',
    category: 'availability',
    severity: 'error',
    title: 'Load balancers must span several availability zones',
    description:
      'Flags `aws_lb`, `aws_alb` and `aws_elb` resources attached to a single subnet (one element in `subnets`, one `subnet_mapping` block, ' +
      "subnets that all resolve to one zone, or one entry in a Classic ELB's `availability_zones`). A load balancer only has nodes in the zones " +
      'of its subnets: with one, the entry point of the service disappears with that zone even when the targets behind it survive. ' +
      'Lists that are not known before apply are not judged.',
    messages: {
      singleAz:
        'Load balancer {resource} is placed in {detail}: when that availability zone fails, the entry point of the service fails with it, even if the targets in other zones are healthy. Attach it to subnets in at least two zones.',
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const type of ['aws_lb', 'aws_alb', 'aws_elb']) {
        for (const lb of stack.resourcesOfType(type)) {
          const verdict = judge(stack, lb);
          if (verdict)
            context.report({
              messageId: 'singleAz',
              data: { detail: verdict.detail },
              at: verdict,
              resource: lb.address,
            });
        }
      }
    }
  },
});

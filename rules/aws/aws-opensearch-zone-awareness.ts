// OpenSearch / Elasticsearch domains whose data nodes all sit in one availability zone.

import { defineRule } from '../../src/engine/rule.js';
import { asNumber, isUnknown } from '../../src/model/terraform/value.js';
import { boolSetting } from '../lib/terraform.js';
import { reportUnlessTrue } from './lib/settings.js';

const DOMAIN_TYPES = ['aws_opensearch_domain', 'aws_elasticsearch_domain'];

export default defineRule({
  meta: {
    id: 'aws-opensearch-zone-awareness',
    category: 'single-az-database',
    severity: 'warning',
    fixable: true,
    title: 'OpenSearch domains need zone awareness and at least two data nodes',
    description:
      'Flags `aws_opensearch_domain` and `aws_elasticsearch_domain` resources without `cluster_config { zone_awareness_enabled = true }` ' +
      'or with fewer than two data nodes (`instance_count`, default 1). Without zone awareness, primaries and replicas of a shard can sit in the same AZ, ' +
      'so an AZ outage makes indices red and writes fail. Multi-AZ with standby satisfies the rule.',
    messages: {
      oneNode:
        'Domain {resource} has a single data node ({detail}), so an AZ outage takes the whole search cluster down. Run at least two data nodes (an even number, three with Multi-AZ with standby) with zone_awareness_enabled = true.',
      noZoneAwareness:
        'Domain {resource} has {attribute} {state}: shard replicas may share an availability zone with their primaries, and an AZ outage turns indices red. Set zone_awareness_enabled = true in cluster_config.',
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const domain of DOMAIN_TYPES.flatMap((t) => stack.resourcesOfType(t))) {
        const config = domain.blocks('cluster_config')[0];
        if (!config) {
          context.report({
            messageId: 'oneNode',
            data: { detail: 'no cluster_config: one instance by default' },
            at: domain,
            resource: domain.address,
          });
          continue;
        }
        // OpenSearch's Multi-AZ with standby implies zone awareness over three AZs.
        if (
          domain.resourceType === 'aws_opensearch_domain' &&
          boolSetting(config, 'multi_az_with_standby_enabled') === 'true'
        )
          continue;
        const countAttr = config.attr('instance_count');
        const countValue = countAttr?.value;
        if (countValue !== undefined && countValue !== null && isUnknown(countValue)) continue;
        const count = countValue === undefined || countValue === null ? 1 : asNumber(countValue);
        if (count === undefined) continue;
        if (count < 2) {
          context.report({
            messageId: 'oneNode',
            data: { detail: countAttr ? `instance_count = ${count}` : 'instance_count is not set and defaults to 1' },
            at: countAttr ?? config,
            resource: domain.address,
          });
          continue;
        }
        reportUnlessTrue(context, {
          block: config,
          name: 'zone_awareness_enabled',
          messageId: 'noZoneAwareness',
          data: { resource: domain.address },
          resource: domain.address,
        });
      }
    }
  },
});

// Aurora clusters with fewer than two instances (and `terraform-aws-modules/rds-aurora/aws`
// calls with fewer than two entries in `instances`).

import { defineRule } from '../../src/engine/rule.js';
import type { TfBlock, TfResource } from '../../src/model/terraform/types.js';
import { asString } from '../../src/model/terraform/value.js';
import { reportClustersWithOneInstance } from './lib/cluster-instances.js';

type Kind = 'aurora' | 'serverless-v1' | 'not-applicable';

/**
 * Multi-AZ DB clusters (a non-Aurora engine with `db_cluster_instance_class`) place three
 * instances in three AZs by design; an unknown engine is not judged.
 */
function kindOf(block: TfBlock): Kind {
  const engine = asString(block.value('engine'));
  if (engine === undefined || !engine.startsWith('aurora')) return 'not-applicable';
  return asString(block.value('engine_mode')) === 'serverless' ? 'serverless-v1' : 'aurora';
}

export default defineRule({
  meta: {
    id: 'aws-aurora-multi-az',
    category: 'single-az-database',
    severity: 'error',
    title: 'Aurora clusters need instances in at least two availability zones',
    description:
      'Flags Aurora `aws_rds_cluster` resources with fewer than two `aws_rds_cluster_instance` resources (after count / for_each), ' +
      'calls of `terraform-aws-modules/rds-aurora/aws` with fewer than two `instances`, and Aurora Serverless v1 clusters. ' +
      "Aurora storage spans three AZs, but its compute does not: with a single instance, losing that instance's zone leaves the cluster without a writer " +
      'until a new instance is created elsewhere; a reader in a second AZ is promoted in about 30 seconds.',
    messages: {
      oneInstance:
        'Aurora cluster {resource} has {count} instance(s) in this configuration, so its compute lives in one availability zone: an AZ outage leaves it without a writer until a new instance is created. Add a second aws_rds_cluster_instance (a reader is promoted in about 30 seconds).',
      moduleOneInstance:
        'Aurora cluster {resource} declares {count} instance(s) in `instances`, so its compute lives in one availability zone: an AZ outage leaves it without a writer until a new instance is created. Add a second entry to `instances`.',
      serverlessV1:
        'Aurora Serverless v1 cluster {resource} runs its capacity in one availability zone and recovers from an AZ outage only by being re-created in another zone, which takes minutes; v1 is also at end of life. Move to Serverless v2 (engine_mode = "provisioned" with serverlessv2_scaling_configuration) and two instances.',
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      const reportServerless = (block: TfBlock, resource: string): void => {
        const mode = block.attr('engine_mode');
        context.report({ messageId: 'serverlessV1', at: mode ?? block, resource });
      };
      for (const cluster of stack.resourcesOfType('aws_rds_cluster')) {
        if (kindOf(cluster) === 'serverless-v1') reportServerless(cluster, cluster.address);
      }
      reportClustersWithOneInstance(stack, context, {
        clusterType: 'aws_rds_cluster',
        instanceType: 'aws_rds_cluster_instance',
        messageId: 'oneInstance',
        moduleMessageId: 'moduleOneInstance',
        moduleInput: 'instances',
        skip: (cluster: TfResource) => kindOf(cluster) !== 'aurora',
      });
    }
  },
});

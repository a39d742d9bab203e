// Clusters whose compute is a set of separate instance resources (Aurora, DocumentDB,
// Neptune): the storage spans three AZs, but with one instance a zone outage leaves the
// cluster without a writer until a new one is created there.

import type { RuleContext } from '../../../src/engine/rule.js';
import type { TfResource, TfStack } from '../../../src/model/terraform/types.js';
import { expansionUnknown } from './expansion.js';

/** Instances (after count / for_each) whose `cluster_identifier` points at the cluster. */
export function clusterInstances(stack: TfStack, cluster: TfResource, instanceType: string): TfResource[] {
  return stack.referrers(cluster, instanceType, 'cluster_identifier');
}

export interface ClusterCheck<M extends string> {
  clusterType: string;
  instanceType: string;
  messageId: M;
  /** For a cluster in a registry table module: a message in the module's terms, and the input listing the instances. */
  moduleMessageId?: M;
  moduleInput?: string;
  /** Clusters to skip (not applicable, or judged otherwise by the caller). */
  skip?: (cluster: TfResource) => boolean;
}

/** Reports every cluster of `clusterType` with fewer than two instances, at its header. */
export function reportClustersWithOneInstance<M extends string>(
  stack: TfStack,
  context: RuleContext<M, any>,
  check: ClusterCheck<M>,
): void {
  for (const cluster of stack.resourcesOfType(check.clusterType)) {
    if (check.skip?.(cluster)) continue;
    const instances = clusterInstances(stack, cluster, check.instanceType);
    const count = instances.length;
    const table = cluster.module.external?.kind === 'table';
    if (count >= 2 || instances.some(expansionUnknown)) continue;
    context.report({
      messageId: table ? (check.moduleMessageId ?? check.messageId) : check.messageId,
      data: { count, instanceType: check.instanceType },
      at: (table && check.moduleInput ? cluster.module.call?.declared(check.moduleInput) : undefined) ?? cluster,
      resource: cluster.address,
    });
  }
}

// RDS databases and Aurora clusters with no copy outside their region.

import { defineRule } from '../../src/engine/rule.js';
import type { TfResource, TfStack } from '../../src/model/terraform/types.js';
import { asString } from '../../src/model/terraform/value.js';
import { copies, coverage, reportRegionalGap, sourcesOf } from '../lib/counterparts.js';
import { designated } from '../lib/follow.js';
import { regionText, sameRegion } from '../lib/regions.js';
import { stackLocation } from '../lib/stack-location.js';
import { DEFAULT_EXAMPLE_DIRS, deployedStacks, exampleDirsSchema } from '../lib/roots.js';

interface Options {
  exampleDirs: string[];
}

const isAurora = (r: TfResource) => asString(r.value('engine'))?.startsWith('aurora') ?? false;

/** Copies of each store: read replicas (instances) and replica clusters, with the sources they designate. */
function replicaMap(stack: TfStack, type: 'aws_db_instance' | 'aws_rds_cluster'): Map<TfResource, TfResource[]> {
  const attr = type === 'aws_db_instance' ? 'replicate_source_db' : 'replication_source_identifier';
  const candidates = stack.resourcesOfType(type);
  const names = type === 'aws_db_instance' ? ['identifier', 'arn'] : ['cluster_identifier', 'arn'];
  return new Map(copies(stack, type, attr).map((c) => [c.resource, sourcesOf(stack, c, candidates, names)]));
}

/** Another member of the same global cluster in a region not known to be the same. */
function globalPartner(stack: TfStack, cluster: TfResource): 'elsewhere' | 'sameRegionOnly' | 'none' {
  const globals = stack.resourcesOfType('aws_rds_global_cluster');
  const groupOf = (c: TfResource): Set<TfResource | string> | undefined => {
    const out = new Set<TfResource | string>();
    const attr = c.attr('global_cluster_identifier');
    if (attr && attr.value !== null) {
      for (const g of designated(stack, attr, c)) if (g.resourceType === 'aws_rds_global_cluster') out.add(g);
      if (typeof attr.value === 'string') out.add(attr.value);
      if (out.size === 0) out.add('?');
    }
    // A global cluster created from this cluster (`source_db_cluster_identifier = aws_rds_cluster.x.arn`).
    for (const g of globals) {
      const src = g.attr('source_db_cluster_identifier');
      if (src && designated(stack, src, g).includes(c)) out.add(g);
    }
    for (const g of [...out])
      if (typeof g !== 'string') {
        const id = g.value('global_cluster_identifier');
        if (typeof id === 'string') out.add(id);
      }
    return out.size > 0 ? out : undefined;
  };
  const mine = groupOf(cluster);
  if (!mine) return 'none';
  if (mine.has('?')) return 'elsewhere';
  for (const other of stack.resourcesOfType('aws_rds_cluster')) {
    if (other === cluster) continue;
    const theirs = groupOf(other);
    if (!theirs) continue;
    if (!theirs.has('?') && ![...theirs].some((g) => mine.has(g))) continue;
    if (sameRegion(cluster, other) !== true) return 'elsewhere';
  }
  // Members (this one included) all certainly share its region.
  return 'sameRegionOnly';
}

export default defineRule<'noReplica' | 'sameRegionReplica' | 'globalSingleRegion', Options>({
  meta: {
    id: 'aws-rds-cross-region-replica',
    category: 'missing-multi-region-failover',
    severity: 'warning',
    title: 'RDS databases should have a copy in another region',
    description:
      'Reasons over a whole stack (root module and the modules it calls, with their provider aliases): every `aws_db_instance` that is not itself a replica needs ' +
      'a cross-region read replica (`replicate_source_db` pointing at it from an instance whose provider targets another region), and every `aws_rds_cluster` ' +
      'that is not itself a replica needs either a replica cluster (`replication_source_identifier`) or another member of its `aws_rds_global_cluster` in another ' +
      'region. Copies that are certainly in the same region do not count; copies whose source or region is only known after apply do. Examples and tests of ' +
      'reusable modules are not checked.',
    messages: {
      noReplica:
        'Database {resource} exists only in {region}: there is no cross-region read replica or global cluster member, so a regional outage leaves the application without its data until the region recovers (or a snapshot copy is restored elsewhere). Add a read replica or an Aurora global cluster member on a provider for a second region.',
      sameRegionReplica:
        'Database {resource} is copied only to {copy}, in the same region ({region}): replicas protect reads and zones, not a regional outage. Put a replica on a provider for a second region.',
      globalSingleRegion:
        'Aurora cluster {resource} belongs to a global cluster with no member outside {region}: the global cluster has nothing to fail over to. Add a secondary cluster on a provider for another region.',
    },
    optionsSchema: { type: 'object', properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS },
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      const instanceCopies = replicaMap(stack, 'aws_db_instance');
      for (const db of stack.resourcesOfType('aws_db_instance')) {
        if (instanceCopies.has(db) || isAurora(db)) continue;
        const c = coverage(db, instanceCopies);
        if (c.kind === 'covered') continue;
        reportRegionalGap(context, db, c);
      }
      const clusterCopies = replicaMap(stack, 'aws_rds_cluster');
      for (const cluster of stack.resourcesOfType('aws_rds_cluster')) {
        if (clusterCopies.has(cluster)) continue;
        const global = globalPartner(stack, cluster);
        if (global === 'elsewhere') continue;
        const c = coverage(cluster, clusterCopies);
        if (c.kind === 'covered') continue;
        if (global === 'sameRegionOnly')
          context.report({
            messageId: 'globalSingleRegion',
            data: { resource: cluster.address, region: regionText(cluster) },
            at: stackLocation(cluster),
            resource: cluster.address,
          });
        else reportRegionalGap(context, cluster, c);
      }
    }
  },
});

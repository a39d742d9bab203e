// Critical S3 buckets must replicate to a bucket in another region.

import { defineRule } from '../../src/engine/rule.js';
import type { TfResource } from '../../src/model/terraform/types.js';
import { criticalReason, criticalStoreOptions, type CriticalOptions } from '../lib/critical.js';
import { regionText, sameRegion } from '../lib/regions.js';
import { stackLocation } from '../lib/stack-location.js';
import { DEFAULT_EXAMPLE_DIRS, deployedStacks } from '../lib/roots.js';
import { destinationBuckets, replicationJoinKeys, replicationRules } from './lib/s3-replication.js';

interface Options extends CriticalOptions {
  exampleDirs: string[];
}

export default defineRule<'noReplication' | 'sameRegionOnly', Options>({
  meta: {
    id: 'aws-s3-cross-region-replication',
    category: 'missing-multi-region-failover',
    severity: 'warning',
    title: 'Critical S3 buckets should replicate to another region',
    description:
      'Flags S3 buckets that hold critical data (by tag or name, configurable) without a replication rule whose destination bucket is in another region: ' +
      'no `aws_s3_bucket_replication_configuration` (or v3 inline `replication_configuration`), or only destinations that resolve to a bucket on the same ' +
      'region. Destinations are resolved by reference or by name/ARN across the scanned tree, and their region comes from their provider (aliases included). ' +
      'S3 is regional: a regional outage makes the only copy unreachable, and a regional disaster can lose it.',
    messages: {
      noReplication:
        'S3 bucket {resource} in {region} holds critical data ({reason}) but replicates nowhere: if {region} is unavailable, so is every object in it. Add an aws_s3_bucket_replication_configuration to a versioned bucket in a second region.',
      sameRegionOnly:
        'S3 bucket {resource} ({reason}) replicates only to {destination}, which is in the same region ({region}): a regional outage takes both copies. Replicate to a bucket whose provider targets another region.',
    },
    ...criticalStoreOptions,
  },
  // Destinations named by a bucket name or ARN may be declared in another root.
  joinKeys: (project) => replicationJoinKeys(project.terraform),
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      const buckets = stack.resourcesOfType('aws_s3_bucket');
      // Buckets that receive replicas are the counterpart, not a store to replicate again.
      const replicas = new Set<TfResource>();
      for (const b of buckets)
        for (const rule of replicationRules(stack, b))
          for (const d of destinationBuckets(project.terraform, stack, rule)) replicas.add(d);
      for (const bucket of buckets) {
        if (replicas.has(bucket)) continue;
        const reason = criticalReason(bucket, ['bucket', 'bucket_prefix'], context.options);
        if (!reason) continue;
        const rules = replicationRules(stack, bucket).filter((r) => r.status !== 'Disabled');
        const data = { resource: bucket.address, reason, region: regionText(bucket) };
        if (rules.length === 0) {
          context.report({ messageId: 'noReplication', data, at: stackLocation(bucket), resource: bucket.address });
          continue;
        }
        let sameRegionDestination: { rule: (typeof rules)[number]; bucket: TfResource } | undefined;
        let elsewhere = false;
        for (const rule of rules) {
          const destinations = destinationBuckets(project.terraform, stack, rule);
          const same = destinations.length > 0 && destinations.every((d) => sameRegion(bucket, d) === true);
          if (!same) elsewhere = true;
          else sameRegionDestination ??= { rule, bucket: destinations[0] };
        }
        if (elsewhere || !sameRegionDestination) continue;
        const at = sameRegionDestination.rule.destination;
        context.report({
          messageId: 'sameRegionOnly',
          data: { ...data, destination: sameRegionDestination.bucket.address },
          at: stackLocation(bucket, { file: at.file, range: at.range }),
          resource: bucket.address,
        });
      }
    }
  },
});

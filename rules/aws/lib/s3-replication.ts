// S3 replication rules of a bucket, split (v4+ `aws_s3_bucket_replication_configuration`)
// or inline (v3 `replication_configuration { rules { destination { bucket } } }`), and
// where their destinations live.

import type { TfAttribute, TfProject, TfResource, TfStack } from '../../../src/model/terraform/types.js';
import { designated } from '../../lib/follow.js';
import type { JoinKey } from '../../../src/engine/rule.js';

export interface ReplicationRule {
  /** The `destination.bucket` attribute. */
  destination: TfAttribute;
  /** The resource holding the rule (for resolving references). */
  owner: TfResource;
  /** Known `status`, when written. */
  status?: string;
}

export function replicationRules(stack: TfStack, bucket: TfResource): ReplicationRule[] {
  const out: ReplicationRule[] = [];
  const collect = (owner: TfResource, rules: ReturnType<TfResource['blocks']>) => {
    for (const rule of rules) {
      const destination = rule.blocks('destination')[0]?.attr('bucket');
      const status = rule.value('status');
      if (destination) out.push({ destination, owner, status: typeof status === 'string' ? status : undefined });
    }
  };
  for (const config of stack.referrers(bucket, 'aws_s3_bucket_replication_configuration', 'bucket'))
    collect(config, config.blocks('rule'));
  for (const config of bucket.blocks('replication_configuration')) collect(bucket, config.blocks('rules'));
  return out;
}

/** Bucket names that join replication across deployment units: declared, and named as a destination. */
export function* replicationJoinKeys(project: TfProject): Generator<JoinKey> {
  for (const stack of project.stacks)
    for (const b of stack.resourcesOfType('aws_s3_bucket')) {
      const name = b.value('bucket');
      if (typeof name === 'string') yield { declares: `aws_s3_bucket:${name}` };
      for (const rule of replicationRules(stack, b))
        if (typeof rule.destination.value === 'string')
          yield { uses: `aws_s3_bucket:${bucketName(rule.destination.value)}` };
    }
}

/** `arn:aws:s3:::name` or `name` → `name`. */
function bucketName(value: string): string {
  const m = /^arn:aws[\w-]*:s3:::([^/]+)/.exec(value);
  return m ? m[1] : value;
}

/**
 * Buckets a destination refers to: by reference (through module inputs and outputs), or by a known name or ARN
 * anywhere in the project. Empty when it cannot be resolved.
 */
export function destinationBuckets(project: TfProject, stack: TfStack, rule: ReplicationRule): TfResource[] {
  const referenced = designated(stack, rule.destination, rule.owner).filter(
    (r) => r.resourceType === 'aws_s3_bucket' && r.mode === 'managed',
  );
  if (referenced.length > 0) return referenced;
  const v = rule.destination.value;
  if (typeof v !== 'string') return [];
  const name = bucketName(v);
  return project.stacks.flatMap((s) => s.resourcesOfType('aws_s3_bucket')).filter((b) => b.value('bucket') === name);
}

// Linking the split S3 resources of provider v4+ (aws_s3_bucket_acl, _policy,
// _public_access_block, _website_configuration, _ownership_controls) to their bucket,
// by reference or by bucket name, and the account-wide public access block.

import type { TfResource, TfStack } from '../../../src/model/terraform/types.js';
import { asString } from '../../../src/model/terraform/value.js';
import { boolSetting } from '../../lib/terraform.js';

export const PAB_SETTINGS = [
  'block_public_acls',
  'block_public_policy',
  'ignore_public_acls',
  'restrict_public_buckets',
] as const;
export type PabSetting = (typeof PAB_SETTINGS)[number];

/** Stack → bucket → type → attached resources: keyed by objects, no key string built per question. */
const cache = new WeakMap<TfStack, Map<TfResource, Map<string, TfResource[]>>>();

/** Resources of `type` attached to the bucket through their `bucket` argument. */
export function attached(stack: TfStack, bucket: TfResource, type: string): TfResource[] {
  let byBucket = cache.get(stack);
  if (!byBucket) cache.set(stack, (byBucket = new Map()));
  let byType = byBucket.get(bucket);
  if (!byType) byBucket.set(bucket, (byType = new Map()));
  let list = byType.get(type);
  if (!list) byType.set(type, (list = stack.referrers(bucket, type, 'bucket')));
  return list;
}

/** The buckets of the stack a sub-resource (`aws_s3_bucket_acl`, `_policy`, ...) is attached to. */
export function bucketsOf(stack: TfStack, res: TfResource): TfResource[] {
  return stack.resourcesOfType('aws_s3_bucket').filter((b) => attached(stack, b, res.resourceType).includes(res));
}

/** True when the account-wide block in this stack sets `setting` to a known true. */
export function accountBlocks(stack: TfStack, setting: PabSetting): boolean {
  return stack.resourcesOfType('aws_s3_account_public_access_block').some((a) => boolSetting(a, setting) === 'true');
}

/** True when S3 enforces `setting` for the bucket: its own public access block or the account's. */
export function blocks(stack: TfStack, bucket: TfResource | undefined, setting: PabSetting): boolean {
  if (accountBlocks(stack, setting)) return true;
  if (!bucket) return false;
  return attached(stack, bucket, 'aws_s3_bucket_public_access_block').some((p) => boolSetting(p, setting) === 'true');
}

/** ACLs are disabled: Object Ownership `BucketOwnerEnforced`. */
function aclsDisabled(stack: TfStack, bucket: TfResource | undefined): boolean {
  if (!bucket) return false;
  return attached(stack, bucket, 'aws_s3_bucket_ownership_controls').some(
    (o) => asString(o.get('rule.object_ownership')) === 'BucketOwnerEnforced',
  );
}

/** A public ACL on this bucket is rejected or ignored by S3. */
export function aclNeutralized(stack: TfStack, bucket: TfResource | undefined): boolean {
  return (
    blocks(stack, bucket, 'block_public_acls') ||
    blocks(stack, bucket, 'ignore_public_acls') ||
    aclsDisabled(stack, bucket)
  );
}

/** A public bucket policy on this bucket is rejected, or restricted to the account and AWS services. */
export function policyNeutralized(stack: TfStack, bucket: TfResource | undefined): boolean {
  return blocks(stack, bucket, 'block_public_policy') || blocks(stack, bucket, 'restrict_public_buckets');
}

/**
 * For a sub-resource: whether every bucket it is attached to neutralizes it (or, when its
 * bucket is not in this stack, the account block does).
 */
export function neutralizedFor(
  stack: TfStack,
  res: TfResource,
  check: (stack: TfStack, bucket: TfResource | undefined) => boolean,
): boolean {
  const buckets = bucketsOf(stack, res);
  return buckets.length === 0 ? check(stack, undefined) : buckets.every((b) => check(stack, b));
}

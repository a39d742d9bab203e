// Buckets without an S3 public access block, or with one that leaves a setting off.

import { defineRule, type Edit } from '../../src/engine/rule.js';
import type { TfResource } from '../../src/model/terraform/types.js';
import { expansionUnknown } from './lib/expansion.js';
import { PAB_SETTINGS, accountBlocks, attached } from './lib/s3-buckets.js';
import { reportUnlessTrue } from './lib/settings.js';

export default defineRule({
  meta: {
    id: 'aws-s3-public-access-block',
    category: 'public-bucket',
    severity: 'warning',
    fixable: true,
    title: 'S3 buckets need a public access block with all four settings on',
    description:
      'Flags `aws_s3_bucket` resources that no `aws_s3_bucket_public_access_block` refers to (by reference or bucket name), unless an ' +
      '`aws_s3_account_public_access_block` in the same stack turns on all four settings; and public access blocks with `block_public_acls`, ' +
      "`block_public_policy`, `ignore_public_acls` or `restrict_public_buckets` false or missing (the provider's default is false) " +
      'where the account block does not already enforce that setting. The block is the guard rail that keeps one careless ACL or policy from publishing the bucket.',
    messages: {
      missing:
        'Bucket {resource} has no aws_s3_bucket_public_access_block, so nothing in this configuration stops an ACL or policy change from making it public. Add one with all four settings true.',
      settingOff:
        'Public access block {resource} has {attribute} {state}, so S3 will accept or honour a public ACL or policy on this bucket. Set {attribute} = true.',
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      const accountWide = PAB_SETTINGS.every((s) => accountBlocks(stack, s));
      if (!accountWide) {
        for (const bucket of stack.resourcesOfType('aws_s3_bucket')) {
          if (attached(stack, bucket, 'aws_s3_bucket_public_access_block').length > 0) continue;
          const edits = addBlockEdits(bucket);
          context.report({
            messageId: 'missing',
            at: bucket,
            resource: bucket.address,
            fix: edits
              ? { description: 'Add an aws_s3_bucket_public_access_block with all four settings true', edits }
              : undefined,
          });
        }
      }
      for (const block of stack.resourcesOfType('aws_s3_bucket_public_access_block')) {
        for (const name of PAB_SETTINGS) {
          if (accountBlocks(stack, name)) continue;
          reportUnlessTrue(context, {
            block,
            name,
            messageId: 'settingOff',
            data: { resource: block.address },
            resource: block.address,
          });
        }
      }
    }
  },
});

/**
 * A new resource block right after the bucket's. Only for a bucket without count /
 * for_each and when the name is free in its module.
 */
function addBlockEdits(bucket: TfResource): Edit[] | undefined {
  if (bucket.key !== undefined || expansionUnknown(bucket)) return undefined;
  const taken = bucket.module.resources.some(
    (r) => r.resourceType === 'aws_s3_bucket_public_access_block' && r.name === bucket.name,
  );
  if (taken) return undefined;
  const i = bucket.indent;
  const b = `${i}  `;
  const text = [
    '',
    '',
    `${i}resource "aws_s3_bucket_public_access_block" "${bucket.name}" {`,
    `${b}bucket = aws_s3_bucket.${bucket.name}.id`,
    '',
    `${b}block_public_acls       = true`,
    `${b}block_public_policy     = true`,
    `${b}ignore_public_acls      = true`,
    `${b}restrict_public_buckets = true`,
    `${i}}`,
  ].join('\n');
  const end = bucket.node.closeBraceRange.end;
  return [{ file: bucket.file, range: { start: end, end }, text }];
}

// Static website hosting on a bucket that is public: content served over plain HTTP
// straight from S3, with the whole bucket open rather than one distribution's view of it.

import { defineRule } from '../../src/engine/rule.js';
import type { TfBlock } from '../../src/model/terraform/types.js';
import { attached } from './lib/s3-buckets.js';
import { effectiveExposures } from './lib/s3-exposure.js';

export default defineRule({
  meta: {
    id: 'aws-s3-public-website',
    category: 'public-bucket',
    severity: 'warning',
    title: 'S3 website hosting should not be served from a public bucket',
    description:
      'Flags website hosting (`aws_s3_bucket_website_configuration`, or a provider v3 inline `website` block) on a bucket that is public through an ACL or a bucket policy ' +
      '(as `aws-s3-public-acl` and `aws-s3-public-policy` judge it). S3 website endpoints serve HTTP only, from one region, and require the bucket itself to be open to everyone; ' +
      'CloudFront with origin access control serves the same content over HTTPS from a private bucket.',
    messages: {
      publicWebsite:
        'Bucket {bucket} hosts a website and is public ({what}): anyone can reach its contents directly, over plain HTTP, from a single region. Keep the bucket private and serve the site through CloudFront with origin access control.',
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const bucket of stack.resourcesOfType('aws_s3_bucket')) {
        const sites: { block: TfBlock; resource: string }[] = [
          ...bucket.blocks('website').map((block) => ({ block, resource: bucket.address })),
          ...attached(stack, bucket, 'aws_s3_bucket_website_configuration').map((w) => ({
            block: w as TfBlock,
            resource: w.address,
          })),
        ];
        if (sites.length === 0) continue;
        const exposures = effectiveExposures(stack, bucket);
        if (exposures.length === 0) continue;
        for (const site of sites) {
          context.report({
            messageId: 'publicWebsite',
            data: { bucket: bucket.address, what: exposures.map((e) => e.what).join('; ') },
            at: site.block,
            resource: site.resource,
          });
        }
      }
    }
  },
});

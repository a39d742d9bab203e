// Buckets opened to everyone by ACL: public canned ACLs and grants to AllUsers /
// AuthenticatedUsers, inline (provider v3) or in aws_s3_bucket_acl (v4+).

import { defineRule } from '../../src/engine/rule.js';
import { setAttributeFix } from '../../src/model/terraform/edits.js';
import { aclNeutralized, neutralizedFor } from './lib/s3-buckets.js';
import { aclExposures } from './lib/s3-exposure.js';

export default defineRule({
  meta: {
    id: 'aws-s3-public-acl',
    category: 'public-bucket',
    severity: 'error',
    fixable: true,
    title: 'S3 buckets must not be public through ACLs',
    description:
      'Flags the canned ACLs `public-read`, `public-read-write` and `authenticated-read` and ACL grants to the AllUsers or AuthenticatedUsers groups, ' +
      'on `aws_s3_bucket` (provider v3 `acl` / `grant`) and `aws_s3_bucket_acl` (`acl`, `access_control_policy`). ' +
      "Not flagged when S3 would reject or ignore the ACL: the bucket's or the account's public access block sets `block_public_acls` or `ignore_public_acls`, " +
      'or Object Ownership is `BucketOwnerEnforced`. "AuthenticatedUsers" means any AWS account in the world, not yours.',
    messages: {
      publicAcl:
        'Bucket ACL on {resource} sets {what}, which gives anyone on the internet (AuthenticatedUsers means any AWS account, not just yours) access to the bucket{write}. Use acl = "private" and grant access through a bucket policy to named principals or CloudFront.',
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      const candidates = [
        ...stack.resourcesOfType('aws_s3_bucket').filter((b) => !aclNeutralized(stack, b)),
        ...stack.resourcesOfType('aws_s3_bucket_acl').filter((a) => !neutralizedFor(stack, a, aclNeutralized)),
      ];
      for (const res of candidates) {
        for (const e of aclExposures(res)) {
          const canned = e.what.startsWith('acl = ');
          context.report({
            messageId: 'publicAcl',
            data: { what: e.what, write: /write|WRITE|FULL_CONTROL/.test(e.what) ? ', including writing to it' : '' },
            at: e,
            resource: res.address,
            fix:
              canned && res.attr('acl')!.node.expr.kind === 'LiteralValue'
                ? setAttributeFix(res, 'acl', '"private"')
                : undefined,
          });
        }
      }
    }
  },
});

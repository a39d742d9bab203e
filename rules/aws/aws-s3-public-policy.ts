// Bucket policies that allow anyone (`Principal: "*"`) without a narrowing condition.

import { defineRule } from '../../src/engine/rule.js';
import { neutralizedFor, policyNeutralized } from './lib/s3-buckets.js';
import { policyExposures } from './lib/s3-exposure.js';

export default defineRule({
  meta: {
    id: 'aws-s3-public-policy',
    category: 'public-bucket',
    severity: 'error',
    title: 'S3 bucket policies must not allow everyone',
    description:
      'Flags Allow statements whose principal is `*` or `{"AWS": "*"}` (or that use NotPrincipal) in `aws_s3_bucket_policy.policy` and the provider v3 inline `aws_s3_bucket.policy`, ' +
      'written with `jsonencode`, as JSON in a heredoc or string, or as a `data "aws_iam_policy_document"` (followed through references and source/override documents). ' +
      'A statement is not public when a condition pins fixed values of aws:SourceVpc, aws:SourceVpce, aws:SourceIp, aws:SourceArn, aws:SourceAccount, ' +
      'aws:PrincipalOrgID, aws:PrincipalAccount and similar keys; aws:SecureTransport alone restricts nothing. ' +
      "Not flagged when the bucket's or the account's public access block sets `block_public_policy` or `restrict_public_buckets`.",
    messages: {
      publicStatement:
        'The policy in {resource} has {what} with no condition limiting it to your accounts, organisation or network: anyone on the internet gets these permissions on the bucket. Name the principals, add a restricting condition (aws:SourceVpce, aws:PrincipalOrgID, aws:SourceArn), or serve public content through CloudFront with origin access control.',
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      const candidates = [
        ...stack.resourcesOfType('aws_s3_bucket').filter((b) => !policyNeutralized(stack, b)),
        ...stack.resourcesOfType('aws_s3_bucket_policy').filter((p) => !neutralizedFor(stack, p, policyNeutralized)),
      ];
      for (const res of candidates) {
        for (const e of policyExposures(stack, res)) {
          context.report({ messageId: 'publicStatement', data: { what: e.what }, at: e, resource: res.address });
        }
      }
    }
  },
});

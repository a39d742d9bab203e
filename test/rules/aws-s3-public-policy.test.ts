import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/aws-s3-public-policy';

ruleTester('aws-s3-public-policy', {
  valid: [`${F}/pass/restricted.tf`, `${F}/pass/blocked`],
  invalid: [
    {
      // Reported at the Principal of the second statement; the ARN interpolation in Resource does not hide it.
      path: `${F}/fail/jsonencode.tf`,
      findings: [
        {
          line: 20,
          column: 9,
          endLine: 20,
          endColumn: 24,
          resource: 'aws_s3_bucket_policy.downloads',
          message: 'allows Principal "*"',
        },
      ],
    },
    {
      path: `${F}/fail/heredoc-v3.tf`,
      findings: [{ line: 11, column: 7, endLine: 11, endColumn: 18, resource: 'aws_s3_bucket.share' }],
    },
    {
      // A SecureTransport condition restricts nothing.
      path: `${F}/fail/policy-document`,
      findings: [
        {
          file: `${F}/fail/policy-document/main.tf`,
          line: 13,
          column: 7,
          endLine: 13,
          endColumn: 26,
          resource: 'aws_s3_bucket_policy.site',
        },
      ],
    },
    {
      // Followed through source_policy_documents; the Deny statement is not a finding.
      path: `${F}/fail/combined-documents`,
      findings: [
        {
          file: `${F}/fail/combined-documents/main.tf`,
          line: 31,
          column: 7,
          endLine: 31,
          endColumn: 26,
          resource: 'aws_s3_bucket_policy.artifacts',
        },
      ],
    },
  ],
});

import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/aws-s3-cross-region-replication';

ruleTester('aws-s3-cross-region-replication', {
  valid: [`${dir}/pass/alias-module`, `${dir}/pass/inline-v3.tf`, `${dir}/pass/tag-not-critical.tf`],
  invalid: [
    {
      path: `${dir}/fail/no-replication.tf`,
      findings: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 35,
          resource: 'aws_s3_bucket.backups',
          message:
            'in us-east-1 holds critical data (its name "acme-backups-prod" contains "backup") but replicates nowhere',
        },
      ],
    },
    {
      // An aliased provider on the same region is not another region.
      path: `${dir}/fail/same-region.tf`,
      findings: [
        {
          line: 33,
          column: 7,
          endLine: 33,
          endColumn: 57,
          resource: 'aws_s3_bucket.customer',
          message: 'replicates only to aws_s3_bucket.customer_replica, which is in the same region (eu-west-1)',
        },
      ],
    },
    {
      // The destination is followed through the module's output to its bucket and provider.
      path: `${dir}/fail/alias-module-same-region`,
      findings: [
        {
          file: `${dir}/fail/alias-module-same-region/main.tf`,
          line: 40,
          column: 7,
          endLine: 40,
          endColumn: 34,
          resource: 'aws_s3_bucket.data',
          message: 'module.replica.aws_s3_bucket.this',
        },
      ],
    },
  ],
});

// Names are configurable: with no name patterns, only tags make a bucket critical.
ruleTester('aws-s3-cross-region-replication', {
  options: { criticalNamePatterns: [] },
  valid: [`${dir}/fail/no-replication.tf`],
  invalid: [
    {
      path: `${dir}/fail/same-region.tf`,
      findings: [{ line: 33, column: 7, endLine: 33, endColumn: 57, resource: 'aws_s3_bucket.customer' }],
    },
  ],
});

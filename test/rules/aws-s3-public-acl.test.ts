import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/aws-s3-public-acl';

ruleTester('aws-s3-public-acl', {
  valid: [`${F}/pass/private.tf`, `${F}/pass/blocked`, `${F}/pass/ownership-enforced`],
  invalid: [
    {
      path: `${F}/fail/inline-v3.tf`,
      findings: [
        {
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 25,
          resource: 'aws_s3_bucket.assets',
          message: 'acl = "public-read"',
          fixText: '"private"',
        },
        {
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 68,
          resource: 'aws_s3_bucket.uploads',
          message: 'READ, WRITE to AllUsers, which gives anyone',
        },
      ],
    },
    {
      // v4+ split resources, linked by reference and by bucket name.
      path: `${F}/fail/split-acl`,
      findings: [
        {
          file: `${F}/fail/split-acl/main.tf`,
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 32,
          resource: 'aws_s3_bucket_acl.reports',
          fixText: '"private"',
        },
        {
          file: `${F}/fail/split-acl/main.tf`,
          line: 22,
          column: 9,
          endLine: 22,
          endColumn: 75,
          resource: 'aws_s3_bucket_acl.exports',
          message: 'a grant of READ to AuthenticatedUsers',
        },
      ],
    },
  ],
});

import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/aws-s3-public-website';

ruleTester('aws-s3-public-website', {
  valid: [`${F}/pass/private-website`, `${F}/pass/blocked-policy.tf`],
  invalid: [
    {
      path: `${F}/fail/split`,
      findings: [
        {
          file: `${F}/fail/split/main.tf`,
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 54,
          resource: 'aws_s3_bucket_website_configuration.site',
          message: 'allows Principal "*"',
        },
      ],
    },
    {
      path: `${F}/fail/inline-v3.tf`,
      findings: [
        {
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 10,
          resource: 'aws_s3_bucket.docs',
          message: 'is public (acl = "public-read")',
        },
      ],
    },
  ],
});

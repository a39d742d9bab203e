import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/aws-redshift-multi-az';

ruleTester('aws-redshift-multi-az', {
  valid: [`${F}/pass/multi-az.tf`],
  invalid: [
    {
      path: `${F}/fail/single-az.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 44,
          resource: 'aws_redshift_cluster.warehouse',
          fixText: '\n  multi_az = true',
        },
        {
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 41,
          resource: 'aws_redshift_cluster.sandbox',
          message: 'single node',
        },
      ],
    },
  ],
});

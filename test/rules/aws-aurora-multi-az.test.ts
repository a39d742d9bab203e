import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/aws-aurora-multi-az';

ruleTester('aws-aurora-multi-az', {
  valid: [`${F}/pass/two-instances.tf`],
  invalid: [
    {
      path: `${F}/fail/one-instance.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 36,
          resource: 'aws_rds_cluster.orders',
          message: 'has 1 instance(s)',
        },
        {
          line: 18,
          column: 3,
          endLine: 18,
          endColumn: 45,
          resource: 'aws_rds_cluster.legacy',
          message: 'Serverless v1',
        },
      ],
    },
    {
      path: `${F}/fail/module.tf`,
      findings: [
        { line: 8, column: 3, endLine: 10, endColumn: 4, resource: 'module.aurora', message: 'declares 1 instance(s)' },
      ],
    },
    {
      // count = var.reader_count (unknown) is not counted as one; a for_each instance linked by name is.
      path: `${F}/fail/unknown-count-is-not-one`,
      findings: [
        {
          file: `${F}/fail/unknown-count-is-not-one/main.tf`,
          line: 22,
          column: 1,
          endLine: 22,
          endColumn: 36,
          resource: 'aws_rds_cluster.search',
        },
      ],
    },
  ],
});

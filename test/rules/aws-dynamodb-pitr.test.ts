import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/aws-dynamodb-pitr';

ruleTester('aws-dynamodb-pitr', {
  valid: [`${dir}/pass/enabled.tf`],
  invalid: [
    {
      // `enabled = var.x` with a null default leaves recovery off.
      path: 'fixtures/rules/aws-dynamodb-pitr/fail/null-enabled.tf',
      findings: [
        {
          line: 17,
          column: 5,
          endLine: 17,
          endColumn: 49,
          resource: 'aws_dynamodb_table.orders',
          message: 'enabled is not set',
        },
      ],
    },
    {
      path: `${dir}/fail/missing.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 39,
          resource: 'aws_dynamodb_table.orders',
          fixText: '\n  point_in_time_recovery {\n    enabled = true\n  }',
        },
      ],
    },
    {
      path: `${dir}/fail/disabled.tf`,
      findings: [
        {
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 20,
          resource: 'aws_dynamodb_table.sessions',
          message: 'enabled = false',
          fixText: 'true',
        },
      ],
    },
  ],
});

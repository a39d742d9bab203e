import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/aws-dynamodb-global-table';

ruleTester('aws-dynamodb-global-table', {
  valid: [`${dir}/pass/dynamic-unknown.tf`, `${dir}/pass/replica-block.tf`, `${dir}/pass/table-replica.tf`],
  invalid: [
    {
      // Unknown count (label module) is judged "if it exists"; dynamic replicas over [] are no replicas.
      path: `${dir}/fail/empty-dynamic.tf`,
      findings: [
        {
          line: 25,
          column: 1,
          endLine: 25,
          endColumn: 39,
          resource: 'aws_dynamodb_table.orders',
          message: 'exists only in eu-west-1',
        },
      ],
    },
    {
      path: `${dir}/fail/single-region.tf`,
      findings: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 39,
          resource: 'aws_dynamodb_table.orders',
          message: 'exists only in eu-west-1',
        },
      ],
    },
    {
      // No provider block: the region is not known, the table is still in one region only.
      path: `${dir}/fail/for-each.tf`,
      findings: [
        {
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 36,
          resource: 'aws_dynamodb_table.app["carts"]',
          message: "exists only in its provider's region",
        },
        { line: 6, column: 1, endLine: 6, endColumn: 36, resource: 'aws_dynamodb_table.app["sessions"]' },
      ],
    },
    {
      // A table in a called module is reported at the root's module call, with the region of the inherited provider.
      path: `${dir}/fail/child-module`,
      findings: [
        {
          file: `${dir}/fail/child-module/main.tf`,
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 18,
          resource: 'module.sessions.aws_dynamodb_table.this',
          message: 'exists only in ap-northeast-1',
        },
      ],
    },
  ],
});

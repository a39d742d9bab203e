import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/tf-backend-s3-locking';

ruleTester('tf-backend-s3-locking', {
  valid: [`${dir}/pass/lockfile.tf`, `${dir}/pass/dynamodb.tf`, `${dir}/pass/partial-lock`],
  invalid: [
    {
      path: `${dir}/fail/no-lock.tf`,
      findings: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 15,
          resource: 'terraform.backend.s3',
          message: 'no dynamodb_table, use_lockfile is not set',
          fixText: '\n    use_lockfile = true',
        },
      ],
    },
    {
      path: `${dir}/fail/lockfile-false.tf`,
      findings: [
        {
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 25,
          resource: 'terraform.backend.s3',
          message: 'use_lockfile is false',
          fixText: 'use_lockfile = true',
        },
      ],
    },
    {
      // `backend "s3" {}` on one line: the fix opens the block.
      path: `${dir}/fail/partial-no-lock`,
      findings: [
        {
          file: `${dir}/fail/partial-no-lock/main.tf`,
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 15,
          resource: 'terraform.backend.s3',
          fixText: '\n    use_lockfile = true\n  ',
        },
      ],
    },
  ],
});

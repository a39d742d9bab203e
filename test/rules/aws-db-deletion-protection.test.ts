import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/aws-db-deletion-protection';

ruleTester('aws-db-deletion-protection', {
  valid: [`${dir}/pass/protected.tf`, `${dir}/pass/examples/throwaway`],
  invalid: [
    {
      path: `${dir}/fail/missing.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 36,
          resource: 'aws_db_instance.orders',
          message: 'deletion_protection is not set',
          fixText: '\n  deletion_protection = true',
        },
      ],
    },
    {
      path: `${dir}/fail/cluster-false.tf`,
      findings: [
        { line: 8, column: 3, endLine: 8, endColumn: 38, resource: 'aws_rds_cluster.events["eu"]', fixText: 'true' },
        { line: 8, column: 3, endLine: 8, endColumn: 38, resource: 'aws_rds_cluster.events["us"]', fixText: 'true' },
      ],
    },
    {
      // false comes from one call's argument: reported and fixed there, the other call is protected.
      path: `${dir}/fail/module-argument`,
      findings: [
        {
          file: `${dir}/fail/module-argument/main.tf`,
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 30,
          resource: 'module.orders_db.aws_db_instance.this',
          fixText: 'true',
        },
      ],
    },
    {
      // The call leaves the argument out and the variable defaults to false: the call is where to add it.
      path: `${dir}/fail/module-default`,
      findings: [
        {
          file: `${dir}/fail/module-default/main.tf`,
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 20,
          resource: 'module.reports_db.aws_db_instance.this',
          fixText: '\n  deletion_protection = true',
        },
      ],
    },
  ],
});

// Examples are checked when no example folders are configured.
ruleTester('aws-db-deletion-protection', {
  options: { exampleDirs: [] },
  valid: [],
  invalid: [
    {
      path: `${dir}/pass/examples/throwaway`,
      findings: [
        {
          file: `${dir}/pass/examples/throwaway/main.tf`,
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 38,
          resource: 'aws_db_instance.example',
        },
      ],
    },
  ],
});

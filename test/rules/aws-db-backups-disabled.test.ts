import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/aws-db-backups-disabled';

ruleTester('aws-db-backups-disabled', {
  valid: [`${dir}/pass/retained.tf`],
  invalid: [
    {
      path: `${dir}/fail/instance.tf`,
      findings: [{ line: 9, column: 3, endLine: 9, endColumn: 34, resource: 'aws_db_instance.orders', fixText: '7' }],
    },
    {
      // From a variable default (no fix: the variable is the place to change), and a registry module call.
      path: `${dir}/fail/from-variable.tf`,
      findings: [
        {
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 48,
          resource: 'aws_rds_cluster.reporting',
          message: 'backup_retention_period = 0',
        },
        { line: 22, column: 3, endLine: 22, endColumn: 30, resource: 'module.billing_db', fixText: '7' },
      ],
    },
  ],
});

import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/aws-db-deletion-protection';

ruleTester('aws-db-deletion-protection', {
  valid: [`${dir}/pass/protected.tf`],
  invalid: [
    { path: `${dir}/fail/missing.tf`, findings: [{ line: 1, column: 1, endLine: 1, endColumn: 36, resource: 'aws_db_instance.orders', message: 'deletion_protection is not set', fixText: '\n  deletion_protection = true' }] },
    {
      path: `${dir}/fail/cluster-false.tf`,
      findings: [
        { line: 8, column: 3, endLine: 8, endColumn: 38, resource: 'aws_rds_cluster.events["eu"]', fixText: 'true' },
        { line: 8, column: 3, endLine: 8, endColumn: 38, resource: 'aws_rds_cluster.events["us"]', fixText: 'true' },
      ],
    },
  ],
});

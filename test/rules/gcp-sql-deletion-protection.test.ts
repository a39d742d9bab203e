import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/gcp-sql-deletion-protection';

ruleTester('gcp-sql-deletion-protection', {
  valid: [`${F}/pass/protected.tf`],
  invalid: [
    {
      path: `${F}/fail/off.tf`,
      findings: [
        {
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 30,
          resource: 'google_sql_database_instance.orders',
          message: 'sets deletion_protection = false',
          fixText: 'true',
        },
      ],
    },
    {
      // false only through a local and terraform.tfvars: reported, but no fix rewrites the expression.
      path: `${F}/fail/from-variable`,
      findings: [
        {
          file: `${F}/fail/from-variable/main.tf`,
          line: 14,
          column: 25,
          endLine: 14,
          endColumn: 42,
          resource: 'google_sql_database_instance.orders',
        },
      ],
    },
  ],
});

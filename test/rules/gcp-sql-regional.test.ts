import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/gcp-sql-regional';

ruleTester('gcp-sql-regional', {
  valid: [`${F}/pass/regional.tf`, `${F}/pass/unknown-variable.tf`],
  invalid: [
    {
      path: `${F}/fail/null-availability.tf`,
      findings: [
        {
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 29,
          resource: 'google_sql_database_instance.orders',
          message: 'does not set availability_type',
          fixText: '"REGIONAL"',
        },
      ],
    },
    {
      path: `${F}/fail/missing.tf`,
      findings: [
        {
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 11,
          resource: 'google_sql_database_instance.orders',
          message: 'does not set availability_type',
          fixText: '\n    availability_type = "REGIONAL"',
        },
      ],
    },
    {
      path: `${F}/fail/inline-zonal.tf`,
      findings: [
        {
          line: 7,
          column: 25,
          endLine: 7,
          endColumn: 32,
          resource: 'google_sql_database_instance.orders',
          message: 'is ZONAL',
          fixText: '"REGIONAL"',
        },
      ],
    },
    {
      path: `${F}/fail/for-each.tf`,
      findings: [
        {
          line: 16,
          column: 25,
          endLine: 16,
          endColumn: 35,
          resource: 'google_sql_database_instance.db["reporting"]',
          message: 'is ZONAL',
        },
      ],
    },
    {
      path: `${F}/fail/zonal-from-tfvars`,
      findings: [
        {
          file: `${F}/fail/zonal-from-tfvars/main.tf`,
          line: 14,
          column: 25,
          endLine: 14,
          endColumn: 46,
          resource: 'google_sql_database_instance.orders',
        },
      ],
    },
    {
      path: `${F}/fail/module`,
      findings: [
        {
          // The caller's argument sets the module's availability_type.
          file: `${F}/fail/module/main.tf`,
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 25,
          resource: 'module.db.google_sql_database_instance.this',
        },
      ],
    },
  ],
});

import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/gcp-sql-regional';

ruleTester('gcp-sql-regional', {
  valid: [`${F}/pass/regional.tf`, `${F}/pass/unknown-variable.tf`],
  invalid: [
    {
      path: `${F}/fail/null-availability.tf`,
      findings: [
        {
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 11,
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
          file: `${F}/fail/module/modules/db/main.tf`,
          line: 17,
          column: 25,
          endLine: 17,
          endColumn: 41,
          resource: 'module.db.google_sql_database_instance.this',
        },
      ],
    },
  ],
});

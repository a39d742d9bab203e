import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/gcp-sql-backups';

ruleTester('gcp-sql-backups', {
  valid: [`${F}/pass/backed-up.tf`, `${F}/pass/unknown.tf`],
  invalid: [
    {
      path: `${F}/fail/no-backup-block.tf`,
      findings: [
        {
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 11,
          resource: 'google_sql_database_instance.orders',
          message: 'has no backup_configuration',
          fixText:
            '\n    backup_configuration {\n      enabled = true\n      point_in_time_recovery_enabled = true\n    }',
        },
      ],
    },
    {
      path: `${F}/fail/disabled.tf`,
      findings: [
        {
          line: 11,
          column: 17,
          endLine: 11,
          endColumn: 22,
          resource: 'google_sql_database_instance.billing',
          message: 'automated backups disabled',
          fixText: 'true',
        },
      ],
    },
    {
      path: `${F}/fail/mysql-no-binlog.tf`,
      findings: [
        {
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 25,
          resource: 'google_sql_database_instance.catalog',
          message: 'binary_log_enabled is not true',
          fixText: '\n      binary_log_enabled = true',
        },
      ],
    },
  ],
});

// With point-in-time recovery not required, daily backups are enough.
ruleTester('gcp-sql-backups', {
  options: { requirePointInTimeRecovery: false },
  valid: [`${F}/fail/mysql-no-binlog.tf`],
  invalid: [
    {
      path: `${F}/fail/no-backup-block.tf`,
      findings: [
        {
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 11,
          fixText: '\n    backup_configuration {\n      enabled = true\n    }',
        },
      ],
    },
  ],
});

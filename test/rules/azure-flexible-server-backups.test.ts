import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/azure-flexible-server-backups';

ruleTester('azure-flexible-server-backups', {
  valid: [`${F}/pass/default-retention.tf`],
  invalid: [
    {
      path: `${F}/fail/short-retention.tf`,
      findings: [
        {
          line: 6,
          column: 27,
          endLine: 6,
          endColumn: 28,
          resource: 'azurerm_mysql_flexible_server.shop',
          message: 'keeps backups for 1 day(s)',
          fixText: '7',
        },
      ],
    },
  ],
});

// A stricter policy: two weeks of backups, stored geo-redundantly.
ruleTester('azure-flexible-server-backups', {
  options: { minRetentionDays: 14, requireGeoRedundantBackup: true },
  valid: [],
  invalid: [
    {
      path: `${F}/pass/default-retention.tf`,
      findings: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 55,
          resource: 'azurerm_postgresql_flexible_server.orders',
          message: 'keeps backups for 7 day(s)',
          fixText: '\n  backup_retention_days = 14',
        },
      ],
    },
    {
      path: `${F}/fail/short-retention.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 48,
          resource: 'azurerm_mysql_flexible_server.shop',
          message: 'has no geo-redundant backup',
          fixText: '\n  geo_redundant_backup_enabled = true',
        },
        {
          line: 6,
          column: 27,
          endLine: 6,
          endColumn: 28,
          resource: 'azurerm_mysql_flexible_server.shop',
          message: 'keeps backups for 1 day(s)',
          fixText: '14',
        },
        {
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 55,
          resource: 'azurerm_postgresql_flexible_server.orders',
          message: 'has no geo-redundant backup',
        },
        {
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 55,
          resource: 'azurerm_postgresql_flexible_server.orders',
          message: 'keeps backups for 7 day(s)',
        },
      ],
    },
  ],
});

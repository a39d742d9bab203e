import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/azure-mssql-zone-redundant';

ruleTester('azure-mssql-zone-redundant', {
  valid: [`${F}/pass/zone-redundant.tf`],
  invalid: [
    {
      path: `${F}/fail/databases.tf`,
      findings: [
        {
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 43,
          resource: 'azurerm_mssql_database.orders',
          message: 'Azure SQL database azurerm_mssql_database.orders is not zone-redundant',
          fixText: '\n  zone_redundant = true',
        },
        // Standard (DTU) cannot be zone-redundant: the finding names the tier, and there is no one-line fix.
        {
          line: 19,
          column: 15,
          endLine: 19,
          endColumn: 19,
          resource: 'azurerm_mssql_database.legacy',
          message: 'uses the S2 tier, which cannot be zone-redundant',
        },
        {
          line: 28,
          column: 25,
          endLine: 28,
          endColumn: 30,
          resource: 'azurerm_mssql_elastic_pool.tenants',
          message: 'Elastic pool',
          fixText: 'true',
        },
      ],
    },
  ],
});

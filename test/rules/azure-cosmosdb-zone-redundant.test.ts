import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/azure-cosmosdb-zone-redundant';

ruleTester('azure-cosmosdb-zone-redundant', {
  valid: [`${F}/pass/accounts.tf`, `${F}/pass/dynamic-regions.tf`],
  invalid: [
    {
      path: `${F}/fail/single-region.tf`,
      findings: [
        {
          line: 16,
          column: 3,
          endLine: 16,
          endColumn: 15,
          resource: 'azurerm_cosmosdb_account.catalog',
          message: 'has one region (westeurope)',
          fixText: '\n    zone_redundant = true',
        },
      ],
    },
  ],
});

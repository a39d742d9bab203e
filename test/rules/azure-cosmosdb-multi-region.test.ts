import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/azure-cosmosdb-multi-region';

ruleTester('azure-cosmosdb-multi-region', {
  valid: [`${dir}/pass/two-regions.tf`],
  invalid: [
    // Zone-redundant, but in one region: a multi-region problem all the same.
    {
      path: `${dir}/fail/one-location.tf`,
      findings: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 46,
          resource: 'azurerm_cosmosdb_account.catalog',
          message: 'replicated only within westeurope',
        },
      ],
    },
  ],
});

import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/azure-storage-account-nested-public';

ruleTester('azure-storage-account-nested-public', {
  valid: [`${F}/pass/locked.tf`],
  invalid: [
    {
      path: `${F}/fail/accounts.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 42,
          resource: 'azurerm_storage_account.data',
          message: 'the provider default is true',
          fixText: '\n  allow_nested_items_to_be_public = false',
        },
        {
          line: 15,
          column: 37,
          endLine: 15,
          endColumn: 41,
          resource: 'azurerm_storage_account.web',
          message: 'sets allow_nested_items_to_be_public = true',
          fixText: 'false',
        },
      ],
    },
  ],
});

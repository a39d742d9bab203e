import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/azure-storage-geo-redundant';

ruleTester('azure-storage-geo-redundant', {
  valid: [`${dir}/pass/geo.tf`],
  invalid: [
    {
      path: `${dir}/fail/backups-lrs.tf`,
      findings: [
        {
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 35,
          resource: 'azurerm_storage_account.backups',
          message: 'is LRS',
          fixText: '"GRS"',
        },
        {
          line: 18,
          column: 3,
          endLine: 18,
          endColumn: 35,
          resource: 'azurerm_storage_account.records',
          message: 'tagged criticality = "high"',
          fixText: '"GZRS"',
        },
      ],
    },
  ],
});

// Custom tags: only data-owner = finance marks an account critical; names no longer do.
ruleTester('azure-storage-geo-redundant', {
  options: { criticalNamePatterns: [], criticalTags: { 'data-owner': ['finance'] } },
  valid: [`${dir}/fail/backups-lrs.tf`],
  invalid: [],
});

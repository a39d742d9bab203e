import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/azure-storage-container-public';

ruleTester('azure-storage-container-public', {
  valid: [`${F}/pass/private.tf`],
  invalid: [
    {
      path: `${F}/fail/public.tf`,
      findings: [
        // From a variable default: reported at the reference, no fix that would rewire it.
        {
          line: 9,
          column: 27,
          endLine: 9,
          endColumn: 43,
          resource: 'azurerm_storage_container.media',
          message: 'allows anonymous read of every blob',
        },
        {
          line: 15,
          column: 27,
          endLine: 15,
          endColumn: 38,
          resource: 'azurerm_storage_container.backups',
          message: 'allows anonymous read and listing',
          fixText: '"private"',
        },
      ],
    },
    {
      // Public only through one module call's argument: the other call keeps the private default.
      path: `${F}/fail/module`,
      findings: [
        {
          // The caller's argument makes the container public.
          file: `${F}/fail/module/main.tf`,
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 27,
          resource: 'module.downloads.azurerm_storage_container.this',
          message: 'allows anonymous read of every blob',
        },
      ],
    },
  ],
});

import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/azure-vmss-zones';

ruleTester('azure-vmss-zones', {
  valid: [`${F}/pass/zonal.tf`],
  invalid: [
    {
      path: `${F}/fail/scale-sets.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 57,
          resource: 'azurerm_linux_virtual_machine_scale_set.web',
          message: 'sets no zones',
          fixText: '\n  zones = ["1", "2", "3"]',
        },
        {
          line: 43,
          column: 33,
          endLine: 43,
          endColumn: 38,
          resource: 'azurerm_orchestrated_virtual_machine_scale_set.workers',
          message: 'is pinned to zone 3 only',
          fixText: '["1", "2", "3"]',
        },
      ],
    },
  ],
});

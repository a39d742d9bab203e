import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/azure-postgresql-flexible-zone-redundant';

ruleTester('azure-postgresql-flexible-zone-redundant', {
  valid: [`${F}/pass/zone-redundant.tf`, `${F}/pass/unknown-mode.tf`],
  invalid: [
    {
      path: `${F}/fail/servers.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 55,
          resource: 'azurerm_postgresql_flexible_server.orders',
          message: 'has no high_availability block',
          fixText: '\n  high_availability {\n    mode = "ZoneRedundant"\n  }',
        },
        {
          line: 18,
          column: 12,
          endLine: 18,
          endColumn: 22,
          resource: 'azurerm_postgresql_flexible_server.billing',
          message: 'uses SameZone high availability',
          fixText: '"ZoneRedundant"',
        },
        {
          line: 27,
          column: 25,
          endLine: 27,
          endColumn: 42,
          resource: 'azurerm_postgresql_flexible_server.tools',
          message: 'runs on a Burstable SKU (B_Standard_B1ms)',
        },
      ],
    },
  ],
});

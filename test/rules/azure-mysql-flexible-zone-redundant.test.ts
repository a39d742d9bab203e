import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/azure-mysql-flexible-zone-redundant';
const fixText = '\n  high_availability {\n    mode = "ZoneRedundant"\n  }';

ruleTester('azure-mysql-flexible-zone-redundant', {
  valid: [`${F}/pass/zone-redundant.tf`],
  invalid: [
    {
      path: `${F}/fail/for-each.tf`,
      findings: [
        {
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 48,
          resource: 'azurerm_mysql_flexible_server.shop["eu"]',
          message: 'MySQL flexible server',
          fixText,
        },
        {
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 48,
          resource: 'azurerm_mysql_flexible_server.shop["us"]',
          message: 'MySQL flexible server',
          fixText,
        },
      ],
    },
  ],
});

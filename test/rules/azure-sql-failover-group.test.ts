import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/azure-sql-failover-group';

ruleTester('azure-sql-failover-group', {
  valid: [`${dir}/pass/failover-group.tf`, `${dir}/pass/geo-secondary.tf`],
  invalid: [
    {
      path: `${dir}/fail/no-group.tf`,
      findings: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 42,
          resource: 'azurerm_mssql_server.primary',
          message: 'in westeurope has no failover group or geo-secondary',
        },
      ],
    },
    {
      path: `${dir}/fail/same-region-partner.tf`,
      findings: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 42,
          resource: 'azurerm_mssql_server.primary',
          message: 'fails over only to a server in the same region (westeurope)',
        },
      ],
    },
  ],
});

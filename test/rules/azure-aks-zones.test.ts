import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/azure-aks-zones';

ruleTester('azure-aks-zones', {
  valid: [`${F}/pass/zonal.tf`, `${F}/pass/unknown-zones.tf`],
  invalid: [
    {
      path: `${F}/fail/no-zones.tf`,
      findings: [
        {
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 20,
          resource: 'azurerm_kubernetes_cluster.prod',
          message: 'AKS node pool system of azurerm_kubernetes_cluster.prod sets no zones',
          fixText: '\n    zones = ["1", "2", "3"]',
        },
        {
          line: 23,
          column: 27,
          endLine: 23,
          endColumn: 32,
          resource: 'azurerm_kubernetes_cluster_node_pool.gpu',
          message: 'is pinned to zone 1 only',
          fixText: '["1", "2", "3"]',
        },
      ],
    },
  ],
});

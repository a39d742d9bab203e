import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/gcp-gke-single-zone-nodes';

ruleTester('gcp-gke-single-zone-nodes', {
  valid: [`${F}/pass/spread.tf`],
  invalid: [
    {
      path: `${F}/fail/pinned.tf`,
      findings: [
        {
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 48,
          resource: 'google_container_cluster.prod',
          message: 'pins its nodes to one zone (europe-west1-b)',
        },
        {
          line: 12,
          column: 20,
          endLine: 12,
          endColumn: 38,
          resource: 'google_container_node_pool.gpu',
          message: 'pins its nodes to one zone (europe-west1-d)',
        },
      ],
    },
  ],
});

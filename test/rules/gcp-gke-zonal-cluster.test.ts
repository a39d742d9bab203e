import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/gcp-gke-zonal-cluster';

ruleTester('gcp-gke-zonal-cluster', {
  valid: [`${F}/pass/regional.tf`, `${F}/pass/unknown-location.tf`],
  invalid: [
    {
      path: `${F}/fail/zonal.tf`,
      findings: [
        {
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 39,
          resource: 'google_container_cluster.prod',
          message: 'is zonal (us-central1-a)',
          fixText: '"us-central1"',
        },
      ],
    },
    {
      // The zone comes from *.auto.tfvars: reported at the variable reference, region named in the message.
      path: `${F}/fail/zone-variable`,
      findings: [
        {
          file: `${F}/fail/zone-variable/main.tf`,
          line: 7,
          column: 24,
          endLine: 7,
          endColumn: 32,
          resource: 'google_container_cluster.prod',
          message: '(europe-west4)',
        },
      ],
    },
  ],
});

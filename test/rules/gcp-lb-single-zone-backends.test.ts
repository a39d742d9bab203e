import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/gcp-lb-single-zone-backends';

ruleTester('gcp-lb-single-zone-backends', {
  valid: [`${F}/pass/regional-group.tf`, `${F}/pass/two-zones.tf`],
  invalid: [
    {
      path: `${F}/fail/one-zone.tf`,
      findings: [
        {
          line: 40,
          column: 13,
          endLine: 40,
          endColumn: 69,
          resource: 'google_compute_backend_service.web',
          message: 'served only by zonal instance group google_compute_instance_group_manager.web (europe-west1-b)',
        },
      ],
    },
  ],
});

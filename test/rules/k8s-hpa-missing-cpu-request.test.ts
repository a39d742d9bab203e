import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/k8s-hpa-missing-cpu-request';

ruleTester('k8s-hpa-missing-cpu-request', {
  valid: [`${F}/pass/requests-set.yaml`],
  invalid: [
    {
      // Reported at the CPU metric's averageUtilization; the proxy's CPU limit implies its request.
      path: `${F}/fail/v2.yaml`,
      findings: [
        {
          line: 50,
          column: 31,
          endLine: 50,
          endColumn: 33,
          resource: 'HorizontalPodAutoscaler/default/api',
          message:
            'HorizontalPodAutoscaler `api` scales Deployment `api` on CPU utilization, but container `api` has no CPU request',
        },
      ],
    },
    {
      path: `${F}/fail/v1-and-default.yaml`,
      findings: [
        {
          line: 31,
          column: 35,
          endLine: 31,
          endColumn: 37,
          resource: 'HorizontalPodAutoscaler/default/search',
          message: 'scales StatefulSet `search` on CPU utilization',
        },
        {
          line: 35,
          column: 7,
          endLine: 35,
          endColumn: 30,
          resource: 'HorizontalPodAutoscaler/default/search-default',
          message: 'has no metrics, so it scales StatefulSet `search` on the default 80% CPU utilization',
        },
      ],
    },
  ],
});

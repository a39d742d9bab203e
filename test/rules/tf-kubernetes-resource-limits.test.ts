import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/tf-kubernetes-resource-limits';

ruleTester('tf-kubernetes-resource-limits', {
  valid: [`${F}/pass/deployment.tf`, `${F}/pass/variables-and-limit-range.tf`],
  invalid: [
    {
      path: `${F}/fail/deployment.tf`,
      findings: [
        {
          line: 23,
          column: 9,
          endLine: 23,
          endColumn: 18,
          resource: 'kubernetes_deployment.web',
          message:
            'Container `web` of kubernetes_deployment.web has no CPU request, CPU limit, memory request and memory limit',
          fixText:
            '\n          resources {\n            limits = { cpu = "500m", memory = "2Gi" }\n            requests = { cpu = "500m", memory = "2Gi" }\n          }',
        },
      ],
    },
    {
      // The missing limits take the container's own requests; the dynamic sidecar has nothing.
      path: `${F}/fail/requests-only.tf`,
      findings: [
        {
          line: 26,
          column: 9,
          endLine: 26,
          endColumn: 18,
          resource: 'kubernetes_daemon_set_v1.agent',
          message: 'has no CPU limit and memory limit',
          fixText: '\n            limits = { cpu = "100m", memory = "128Mi" }',
        },
        {
          line: 38,
          column: 9,
          endLine: 38,
          endColumn: 28,
          resource: 'kubernetes_daemon_set_v1.agent',
          message: 'Container `envoy`',
        },
      ],
    },
    {
      // Provider 1.x nested `limits {}` / `requests {}` blocks are read too.
      path: `${F}/fail/pod-v1-blocks.tf`,
      findings: [
        {
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 14,
          resource: 'kubernetes_pod.toolbox',
          message: 'has no CPU request and CPU limit:',
          fixText: '\n          cpu = "500m"',
        },
      ],
    },
  ],
});

ruleTester('tf-kubernetes-resource-limits', {
  options: { require: ['memory'] },
  valid: [`${F}/fail/pod-v1-blocks.tf`, `${F}/pass/deployment.tf`],
  invalid: [
    {
      path: `${F}/fail/deployment.tf`,
      findings: [
        {
          line: 23,
          column: 9,
          endLine: 23,
          endColumn: 18,
          message: 'has no memory request and memory limit',
          fixText:
            '\n          resources {\n            limits = { memory = "2Gi" }\n            requests = { memory = "2Gi" }\n          }',
        },
      ],
    },
  ],
});

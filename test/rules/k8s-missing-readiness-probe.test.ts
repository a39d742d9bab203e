import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/k8s-missing-readiness-probe';

ruleTester('k8s-missing-readiness-probe', {
  valid: [`${F}/pass/probed-and-batch.yaml`, `${F}/pass/portless-sidecars.yaml`],
  invalid: [
    {
      // Init containers are not probed; the probed sidecar passes.
      path: `${F}/fail/deployment.yaml`,
      findings: [
        {
          line: 19,
          column: 17,
          endLine: 19,
          endColumn: 20,
          resource: 'Deployment/default/api',
          message: 'Container `api` of Deployment `api` has no readiness probe',
        },
      ],
    },
    {
      path: `${F}/fail/statefulset-and-rc.yaml`,
      findings: [
        {
          line: 17,
          column: 17,
          endLine: 17,
          endColumn: 26,
          resource: 'StatefulSet/default/zk',
          message: 'Container `zookeeper`',
        },
        {
          line: 34,
          column: 17,
          endLine: 34,
          endColumn: 20,
          resource: 'ReplicationController/default/legacy-web',
          message: 'Container `web` of ReplicationController `legacy-web`',
        },
      ],
    },
    {
      // The message says what is true: the worker gets no traffic, the legacy app does.
      path: `${F}/fail/traffic.yaml`,
      findings: [
        {
          line: 16,
          column: 17,
          endLine: 16,
          endColumn: 23,
          resource: 'Deployment/default/worker',
          message: 'it declares no port and no Service selects it, but a rollout still counts it ready',
        },
        {
          line: 34,
          column: 17,
          endLine: 34,
          endColumn: 23,
          resource: 'Deployment/default/legacy',
          message: 'has no readiness probe: it gets traffic as soon as it starts',
        },
      ],
    },
  ],
});

import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/k8s-missing-liveness-probe';

ruleTester('k8s-missing-liveness-probe', {
  valid: [`${F}/pass/probed-and-batch.yaml`],
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
          message: 'Container `api` of Deployment `api` has no liveness probe',
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
  ],
});

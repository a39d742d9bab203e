import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/k8s-single-replica';

ruleTester('k8s-single-replica', {
  valid: [`${F}/pass/autoscaled.yaml`, `${F}/pass/not-replicated-kinds.yaml`],
  invalid: [
    {
      path: `${F}/fail/deployment.yaml`,
      findings: [
        // No `replicas:`: reported at the kind, the fix adds the key to `spec`.
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 17,
          resource: 'Deployment/default/frontend',
          message: 'Deployment `frontend` runs a single replica',
          fixText: '  replicas: 2\n',
        },
        // StatefulSets get no fix: a second member needs the application's own clustering.
        {
          line: 24,
          column: 13,
          endLine: 24,
          endColumn: 14,
          resource: 'StatefulSet/default/ledger',
          message: 'StatefulSet `ledger`',
        },
      ],
    },
    {
      // The HPA of the same name lives in another namespace.
      path: `${F}/fail/explicit-one.yaml`,
      findings: [
        { line: 7, column: 13, endLine: 7, endColumn: 14, resource: 'Deployment/shop/checkout', fixText: '2' },
      ],
    },
  ],
});

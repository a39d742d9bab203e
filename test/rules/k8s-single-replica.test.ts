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
    {
      // `minReplicas: 1` does not silence the rule: reported at the HPA's minimum, fixed there.
      path: `${F}/fail/hpa-min-one.yaml`,
      findings: [
        {
          line: 28,
          column: 16,
          endLine: 28,
          endColumn: 17,
          resource: 'Deployment/default/api',
          message:
            'Deployment `api` can run a single replica: HorizontalPodAutoscaler `api` keeps only 1 at quiet times',
          fixText: '2',
        },
      ],
    },
    {
      // prometheus-operator: Prometheus defaults to 1 replica; an explicit 1; 3 is fine.
      path: `${F}/fail/monitoring.yaml`,
      findings: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 17,
          resource: 'Prometheus/monitoring/k8s',
          message: 'Prometheus `k8s` runs 1 replica (`spec.replicas` unset: the operator runs 1)',
          fixText: '  replicas: 2\n',
        },
        {
          line: 15,
          column: 13,
          endLine: 15,
          endColumn: 14,
          resource: 'Alertmanager/monitoring/main',
          message:
            'Alertmanager `main` runs 1 replica (`spec.replicas: 1`): when its node drains or fails, alerts are not delivered',
          fixText: '2',
        },
      ],
    },
  ],
});

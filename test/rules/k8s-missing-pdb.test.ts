import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/k8s-missing-pdb';

ruleTester('k8s-missing-pdb', {
  valid: [`${F}/pass/covered.yaml`],
  invalid: [
    {
      path: `${F}/fail/deployment.yaml`,
      findings: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 17,
          resource: 'Deployment/shop/web',
          message: 'Deployment `web` runs 3 replicas but no PodDisruptionBudget selects its pods',
          fixText:
            '---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: web\n      tier: frontend\n',
        },
      ],
    },
    {
      // The HPA keeps 2 replicas even though the Deployment omits `replicas`.
      path: `${F}/fail/hpa-min-two.yaml`,
      findings: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 17,
          resource: 'Deployment/default/api',
          message:
            'Deployment `api` scales from 2 to 6 replicas (HorizontalPodAutoscaler `api`) but no PodDisruptionBudget',
          fixText:
            '---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: api\n',
        },
      ],
    },
    {
      // An HPA with `minReplicas: 1` still scales out: judged on its maximum.
      path: 'fixtures/rules/k8s-missing-pdb/fail/hpa-min-one.yaml',
      findings: [
        {
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 17,
          resource: 'Deployment/default/api',
          message:
            'Deployment `api` scales from 1 to 5 replicas (HorizontalPodAutoscaler `api`) but no PodDisruptionBudget selects its pods',
        },
      ],
    },
  ],
});

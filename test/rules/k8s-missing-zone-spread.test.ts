import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/k8s-missing-zone-spread';

ruleTester('k8s-missing-zone-spread', {
  valid: [`${F}/pass/spread.yaml`],
  invalid: [
    {
      // The fix follows the file's unindented `- ` list style.
      path: `${F}/fail/deployment.yaml`,
      findings: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 17,
          resource: 'Deployment/default/web',
          message: 'Deployment `web` runs 3 replicas with no zone spreading',
          fixText:
            '      topologySpreadConstraints:\n      - maxSkew: 1\n        topologyKey: topology.kubernetes.io/zone\n        whenUnsatisfiable: ScheduleAnyway\n        labelSelector:\n          matchLabels:\n            app: web\n',
        },
      ],
    },
    {
      // A hostname constraint alone: the zone constraint joins the existing list.
      path: `${F}/fail/hostname-only.yaml`,
      findings: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 18,
          resource: 'StatefulSet/default/cache',
          fixText:
            '        - maxSkew: 1\n          topologyKey: topology.kubernetes.io/zone\n          whenUnsatisfiable: ScheduleAnyway\n          labelSelector:\n            matchLabels:\n              app: cache\n',
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
            'Deployment `api` scales from 1 to 5 replicas (HorizontalPodAutoscaler `api`) with no zone spreading',
        },
      ],
    },
  ],
});

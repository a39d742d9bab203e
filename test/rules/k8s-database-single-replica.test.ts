import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/k8s-database-single-replica';

ruleTester('k8s-database-single-replica', {
  valid: [`${F}/pass/replicated.yaml`, `${F}/pass/not-databases.yaml`],
  invalid: [
    {
      path: `${F}/fail/postgres.yaml`,
      findings: [
        {
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 14,
          resource: 'StatefulSet/shop/orders-db',
          message: 'StatefulSet `orders-db` runs PostgreSQL (`docker.io/library/postgres:16.3`) as a single replica',
        },
      ],
    },
    {
      // No `replicas:`: reported at the kind.
      path: `${F}/fail/redis-deployment.yaml`,
      findings: [
        {
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 17,
          resource: 'Deployment/default/redis-cart',
          message: 'runs Redis (',
        },
      ],
    },
  ],
});

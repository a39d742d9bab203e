import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/k8s-database-single-replica';

ruleTester('k8s-database-single-replica', {
  valid: [`${F}/pass/replicated.yaml`, `${F}/pass/not-databases.yaml`, `${F}/pass/tools-around-stores.yaml`],
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
    {
      // Data stores recognised beyond the image name list.
      path: `${F}/fail/recognised.yaml`,
      findings: [
        {
          line: 7,
          column: 13,
          endLine: 7,
          endColumn: 14,
          resource: 'StatefulSet/default/catalog-store',
          message: 'runs MongoDB (`registry.acme.io/catalog-mongodb:7.0-acme3`) as a single replica',
        },
        {
          line: 22,
          column: 13,
          endLine: 22,
          endColumn: 14,
          resource: 'Deployment/default/orders-sql',
          message: 'runs MySQL (its command `mysqld`)',
        },
        {
          line: 38,
          column: 13,
          endLine: 38,
          endColumn: 14,
          resource: 'StatefulSet/default/events',
          message: 'runs Kafka (port 9092, with persistent state)',
        },
        {
          line: 54,
          column: 7,
          endLine: 54,
          endColumn: 18,
          resource: 'StatefulSet/default/zookeeper',
          message: 'runs ZooKeeper (its name, with persistent state)',
        },
        {
          line: 71,
          column: 13,
          endLine: 71,
          endColumn: 14,
          resource: 'StatefulSet/default/logs',
          message: 'runs Loki (`grafana/loki:3.1.0`)',
        },
      ],
    },
  ],
});

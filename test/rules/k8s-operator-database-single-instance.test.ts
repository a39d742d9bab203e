import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/k8s-operator-database-single-instance';

ruleTester('k8s-operator-database-single-instance', {
  valid: [`${F}/pass/replicated.yaml`],
  invalid: [
    {
      path: `${F}/fail/cnpg.yaml`,
      findings: [
        {
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 15,
          resource: 'Cluster/billing/billing',
          message: 'declares PostgreSQL (CloudNativePG) with 1 instance (spec.instances)',
        },
        // `instances` defaults to 1: reported at the kind.
        {
          line: 13,
          column: 7,
          endLine: 13,
          endColumn: 14,
          resource: 'Cluster/billing/audit',
          message: 'Cluster `audit`',
        },
      ],
    },
    {
      path: `${F}/fail/zalando-and-rabbitmq.yaml`,
      findings: [
        {
          line: 7,
          column: 22,
          endLine: 7,
          endColumn: 23,
          resource: 'postgresql/default/acid-orders',
          message: 'Zalando operator',
        },
        {
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 22,
          resource: 'RabbitmqCluster/default/events',
          message: 'RabbitMQ with 1 instance',
        },
      ],
    },
    {
      path: `${F}/fail/eck-and-strimzi.yaml`,
      findings: [
        {
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 15,
          resource: 'Elasticsearch/default/logs',
          message: 'spec.nodeSets[].count',
        },
        {
          line: 17,
          column: 15,
          endLine: 17,
          endColumn: 16,
          resource: 'Kafka/default/events',
          message: 'spec.kafka.replicas',
        },
        {
          line: 26,
          column: 15,
          endLine: 26,
          endColumn: 16,
          resource: 'Kafka/default/events',
          message: 'declares ZooKeeper (Strimzi) with 1 instance (spec.zookeeper.replicas)',
        },
      ],
    },
    {
      // Node pools join their Kafka by `strimzi.io/cluster`, summed per role.
      path: `${F}/fail/strimzi-pools.yaml`,
      findings: [
        {
          line: 44,
          column: 13,
          endLine: 44,
          endColumn: 14,
          file: `${F}/fail/strimzi-pools.yaml`,
          resource: 'KafkaNodePool/default/controllers',
          message:
            'declares KRaft controllers (Strimzi node pools) with 1 instance (KafkaNodePool `controllers` spec.replicas)',
        },
      ],
    },
  ],
});

import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/gcp-memorystore-cluster-replicas';

ruleTester('gcp-memorystore-cluster-replicas', {
  valid: [`${F}/pass/replicated.tf`],
  invalid: [
    {
      path: `${F}/fail/no-replicas.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 43,
          resource: 'google_redis_cluster.sessions',
          message: 'has no replicas',
          fixText: '\n  replica_count = 1',
        },
        {
          line: 15,
          column: 19,
          endLine: 15,
          endColumn: 20,
          resource: 'google_memorystore_instance.feed',
          message: 'has no replicas',
          fixText: '1',
        },
      ],
    },
    {
      path: `${F}/fail/single-zone.tf`,
      findings: [
        {
          line: 12,
          column: 12,
          endLine: 12,
          endColumn: 25,
          resource: 'google_redis_cluster.leaderboard',
          message: 'SINGLE_ZONE',
        },
      ],
    },
  ],
});

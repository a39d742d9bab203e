import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/aws-elasticache-multi-az';

ruleTester('aws-elasticache-multi-az', {
  valid: [`${F}/pass/replicated.tf`],
  invalid: [
    {
      path: `${F}/fail/single-node.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 56,
          resource: 'aws_elasticache_replication_group.sessions',
          message: 'num_cache_clusters is not set and defaults to 1',
        },
        {
          line: 14,
          column: 3,
          endLine: 14,
          endColumn: 33,
          resource: 'aws_elasticache_replication_group.catalog',
          message: 'replicas_per_node_group = 0',
        },
      ],
    },
    {
      path: `${F}/fail/failover-off.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 53,
          message: 'multi_az_enabled not set',
          fixText: '\n  multi_az_enabled = true',
        },
        { line: 7, column: 3, endLine: 7, endColumn: 37, message: 'automatic_failover_enabled false', fixText: 'true' },
      ],
    },
  ],
});

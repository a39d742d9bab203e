import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/aws-elasticache-cluster-standalone';

ruleTester('aws-elasticache-cluster-standalone', {
  valid: [`${F}/pass/members.tf`],
  invalid: [
    {
      path: `${F}/fail/redis-alone.tf`,
      findings: [
        {
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 28,
          resource: 'aws_elasticache_cluster.sessions',
          message: 'runs redis as a single node',
        },
      ],
    },
  ],
});

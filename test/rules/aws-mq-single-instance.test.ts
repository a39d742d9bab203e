import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/aws-mq-single-instance';

ruleTester('aws-mq-single-instance', {
  valid: [`${F}/pass/active-standby.tf`],
  invalid: [
    {
      // The fix picks the Multi-AZ mode of each engine.
      path: `${F}/fail/default-mode.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 34,
          resource: 'aws_mq_broker.events',
          message: 'defaults to SINGLE_INSTANCE',
          fixText: '\n  deployment_mode = "CLUSTER_MULTI_AZ"',
        },
        {
          line: 18,
          column: 3,
          endLine: 18,
          endColumn: 41,
          resource: 'aws_mq_broker.orders',
          fixText: '"ACTIVE_STANDBY_MULTI_AZ"',
        },
      ],
    },
  ],
});

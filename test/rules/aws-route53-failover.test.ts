import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/aws-route53-failover';

ruleTester('aws-route53-failover', {
  valid: [`${dir}/pass/failover-pair.tf`, `${dir}/pass/latency-two-regions.tf`],
  invalid: [
    {
      path: `${dir}/fail/primary-only.tf`,
      findings: [
        {
          line: 23,
          column: 3,
          endLine: 23,
          endColumn: 26,
          resource: 'aws_route53_record.api_primary',
          message: 'has no SECONDARY record',
        },
      ],
    },
    {
      path: `${dir}/fail/no-health-check.tf`,
      findings: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 44,
          resource: 'aws_route53_record.app_primary',
          message: 'PRIMARY without a health check',
        },
      ],
    },
    {
      // for_each instances form one record set; every one points at the same region.
      path: `${dir}/fail/latency-one-region.tf`,
      findings: [
        {
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 36,
          resource: 'aws_route53_record.web["blue"]',
          message: 'all point at us-east-1',
        },
      ],
    },
  ],
});

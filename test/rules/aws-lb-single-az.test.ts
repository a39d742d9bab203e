import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/aws-lb-single-az';

ruleTester('aws-lb-single-az', {
  valid: [`${dir}/pass/two-subnets.tf`, `${dir}/pass/dynamic-mapping.tf`, `${dir}/pass/counted-subnets.tf`],
  invalid: [
    {
      path: `${dir}/fail/nlb-one-subnet.tf`,
      findings: [
        { line: 5, column: 3, endLine: 5, endColumn: 52, resource: 'aws_lb.ingress', message: 'one subnet (subnets)' },
      ],
    },
    {
      path: `${dir}/fail/sliced-subnets.tf`,
      findings: [
        { line: 9, column: 3, endLine: 9, endColumn: 58, resource: 'aws_lb.api', message: 'one subnet (subnets)' },
      ],
    },
    {
      path: `${dir}/fail/subnet-mapping.tf`,
      findings: [
        { line: 5, column: 3, endLine: 5, endColumn: 17, resource: 'aws_lb.edge', message: 'one subnet_mapping' },
      ],
    },
    {
      path: `${dir}/fail/counted-subnets.tf`,
      findings: [
        { line: 11, column: 3, endLine: 11, endColumn: 47, resource: 'aws_lb.web', message: 'one subnet (subnets)' },
      ],
    },
    {
      path: `${dir}/fail/classic-elb.tf`,
      findings: [
        {
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 38,
          resource: 'aws_elb.legacy',
          message: 'us-west-2a (availability_zones)',
        },
      ],
    },
  ],
});

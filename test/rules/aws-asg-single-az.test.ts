import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/aws-asg-single-az';

ruleTester('aws-asg-single-az', {
  valid: [`${dir}/pass/two-zones.tf`, `${dir}/pass/unknown-subnets.tf`],
  invalid: [
    {
      path: `${dir}/fail/one-subnet.tf`,
      findings: [
        {
          line: 17,
          column: 3,
          endLine: 17,
          endColumn: 50,
          resource: 'aws_autoscaling_group.web',
          message: 'confined to one subnet (vpc_zone_identifier)',
        },
      ],
    },
    {
      // Two subnets, but both resolve to aws_subnet instances in us-east-1a.
      path: `${dir}/fail/same-zone-subnets.tf`,
      findings: [
        {
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 69,
          resource: 'aws_autoscaling_group.workers',
          message: '2 subnets, all in us-east-1a',
        },
      ],
    },
    {
      // The zone list comes from a variable default; every count instance is reported.
      path: `${dir}/fail/availability-zones.tf`,
      findings: [
        {
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 33,
          resource: 'aws_autoscaling_group.batch[0]',
          message: 'confined to us-east-1a (availability_zones)',
        },
        { line: 11, column: 3, endLine: 11, endColumn: 33, resource: 'aws_autoscaling_group.batch[1]' },
      ],
    },
  ],
});

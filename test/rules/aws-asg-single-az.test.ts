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
      // slice() with literal bounds, [x[0]] and [element(x, 0)]: one subnet each, though unknown.
      path: `${dir}/fail/sliced-subnets.tf`,
      findings: [
        {
          line: 16,
          column: 3,
          endLine: 16,
          endColumn: 64,
          resource: 'aws_autoscaling_group.sliced',
          message: 'confined to one subnet (vpc_zone_identifier)',
        },
        { line: 28, column: 3, endLine: 28, endColumn: 56, resource: 'aws_autoscaling_group.first' },
        { line: 40, column: 3, endLine: 40, endColumn: 65, resource: 'aws_autoscaling_group.element' },
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

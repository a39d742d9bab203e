import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/aws-neptune-multi-az';

ruleTester('aws-neptune-multi-az', {
  valid: [`${F}/pass/writer-and-reader.tf`],
  invalid: [
    {
      // No instance at all, and one linked by cluster name.
      path: `${F}/fail/no-instances.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 39,
          resource: 'aws_neptune_cluster.graph',
          message: 'has 0 instance(s)',
        },
        {
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 39,
          resource: 'aws_neptune_cluster.fraud',
          message: 'has 1 instance(s)',
        },
      ],
    },
  ],
});

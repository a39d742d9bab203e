import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/aws-docdb-multi-az';

ruleTester('aws-docdb-multi-az', {
  valid: [`${F}/pass/three-instances.tf`],
  invalid: [
    {
      // count from a variable default of 1.
      path: `${F}/fail/one-instance.tf`,
      findings: [
        {
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 39,
          resource: 'aws_docdb_cluster.catalog',
          message: 'has 1 instance(s)',
        },
      ],
    },
  ],
});

import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/aws-rds-cross-region-replica';

ruleTester('aws-rds-cross-region-replica', {
  valid: [
    `${dir}/pass/alias-module`,
    `${dir}/pass/global-cluster.tf`,
    `${dir}/pass/unresolved-source.tf`,
    `${dir}/pass/examples/basic`,
  ],
  invalid: [
    {
      path: `${dir}/fail/single-region.tf`,
      findings: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 36,
          resource: 'aws_db_instance.orders',
          message: 'exists only in us-east-1',
        },
        {
          line: 15,
          column: 1,
          endLine: 15,
          endColumn: 37,
          resource: 'aws_db_instance.billing',
          message: 'copied only to aws_db_instance.billing_reader, in the same region (us-east-1)',
        },
      ],
    },
    {
      // The replica in a module is followed back to its source through the module argument.
      path: `${dir}/fail/alias-module-same-region`,
      findings: [
        {
          file: `${dir}/fail/alias-module-same-region/main.tf`,
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 36,
          resource: 'aws_db_instance.orders',
          message: 'copied only to module.orders_dr.aws_db_instance.this',
        },
      ],
    },
    {
      path: `${dir}/fail/global-one-region.tf`,
      findings: [
        {
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 46,
          resource: 'aws_rds_cluster.payments_primary',
          message: 'global cluster with no member outside eu-west-1',
        },
      ],
    },
  ],
});

// Examples are checked when no example folders are configured.
ruleTester('aws-rds-cross-region-replica', {
  options: { exampleDirs: [] },
  valid: [],
  invalid: [
    {
      path: `${dir}/pass/examples/basic`,
      findings: [
        {
          file: `${dir}/pass/examples/basic/main.tf`,
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 37,
          resource: 'aws_db_instance.example',
        },
      ],
    },
  ],
});

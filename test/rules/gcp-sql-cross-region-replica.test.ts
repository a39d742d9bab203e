import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/gcp-sql-cross-region-replica';

ruleTester('gcp-sql-cross-region-replica', {
  // The replica names its primary by a literal name and sits in another region.
  valid: [`${dir}/pass/cross-region.tf`, `${dir}/pass/reusable-module`],
  invalid: [
    {
      path: `${dir}/fail/regional-only.tf`,
      findings: [
        {
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 49,
          resource: 'google_sql_database_instance.orders',
          message: 'exists only in europe-west1',
        },
        {
          line: 16,
          column: 1,
          endLine: 16,
          endColumn: 49,
          resource: 'google_sql_database_instance.ledger',
          message: 'replicated only to google_sql_database_instance.ledger_reader, in the same region (us-central1)',
        },
      ],
    },
  ],
});

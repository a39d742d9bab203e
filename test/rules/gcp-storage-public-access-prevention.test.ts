import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/gcp-storage-public-access-prevention';

ruleTester('gcp-storage-public-access-prevention', {
  valid: [`${F}/pass/enforced.tf`, `${F}/pass/granted-public`],
  invalid: [
    {
      // `= var.x` with a null default is the same as leaving the argument out.
      path: 'fixtures/rules/gcp-storage-public-access-prevention/fail/null-default.tf',
      findings: [
        {
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 58,
          resource: 'google_storage_bucket.assets',
          message: 'does not set public_access_prevention',
        },
      ],
    },
    {
      path: `${F}/fail/buckets.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 43,
          resource: 'google_storage_bucket.exports',
          message: 'does not set public_access_prevention',
          fixText: '\n  public_access_prevention = "enforced"',
        },
        {
          line: 10,
          column: 30,
          endLine: 10,
          endColumn: 41,
          resource: 'google_storage_bucket.scratch',
          message: 'sets public_access_prevention = "inherited"',
          fixText: '"enforced"',
        },
      ],
    },
  ],
});

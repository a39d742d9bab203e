import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/gcp-storage-public-acl';

ruleTester('gcp-storage-public-acl', {
  valid: [`${F}/pass/private.tf`],
  invalid: [
    {
      path: `${F}/fail/acls.tf`,
      findings: [
        {
          line: 9,
          column: 12,
          endLine: 9,
          endColumn: 22,
          resource: 'google_storage_bucket_access_control.public',
          message: 'gives allUsers READER access',
        },
        {
          line: 16,
          column: 5,
          endLine: 16,
          endColumn: 35,
          resource: 'google_storage_bucket_acl.legacy',
          message: 'gives allAuthenticatedUsers READER access',
        },
        {
          line: 24,
          column: 20,
          endLine: 24,
          endColumn: 32,
          resource: 'google_storage_bucket_object.logo',
          message: 'predefined ACL publicRead',
        },
        {
          line: 30,
          column: 12,
          endLine: 30,
          endColumn: 22,
          resource: 'google_storage_default_object_access_control.public',
          message: 'gives allUsers READER access',
        },
      ],
    },
  ],
});

import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/gcp-storage-public-iam';

ruleTester('gcp-storage-public-iam', {
  valid: [`${F}/pass/private-grants.tf`],
  invalid: [
    {
      path: `${F}/fail/member.tf`,
      findings: [
        {
          line: 9,
          column: 12,
          endLine: 9,
          endColumn: 22,
          resource: 'google_storage_bucket_iam_member.public_read',
          message: 'grants roles/storage.objectViewer on acme-assets to allUsers',
        },
      ],
    },
    {
      path: `${F}/fail/binding-and-policy.tf`,
      findings: [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 28,
          resource: 'google_storage_bucket_iam_binding.viewers',
          message: 'to allAuthenticatedUsers',
        },
        {
          line: 16,
          column: 20,
          endLine: 16,
          endColumn: 30,
          resource: 'google_storage_bucket_iam_policy.uploads',
          message: 'grants roles/storage.objectCreator on acme-uploads to allUsers',
        },
      ],
    },
    {
      // The public member sits in a google_iam_policy data source in another file.
      path: `${F}/fail/policy-data-source`,
      findings: [
        {
          file: `${F}/fail/policy-data-source/policy.tf`,
          line: 9,
          column: 16,
          endLine: 9,
          endColumn: 26,
          resource: 'google_storage_bucket_iam_policy.downloads',
          message: 'grants roles/storage.legacyObjectReader',
        },
      ],
    },
    {
      // terraform.tfvars overrides a private default with allUsers.
      path: `${F}/fail/member-variable`,
      findings: [
        {
          file: `${F}/fail/member-variable/main.tf`,
          line: 9,
          column: 12,
          endLine: 9,
          endColumn: 22,
          resource: 'google_storage_bucket_iam_member.reader',
        },
      ],
    },
  ],
});

import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/tf-state-bucket-versioning';

ruleTester('tf-state-bucket-versioning', {
  valid: [
    `${dir}/pass/split-versioning`,
    `${dir}/pass/by-name`,
    `${dir}/pass/gcs-versioned`,
    `${dir}/pass/azurerm-versioned`,
    `${dir}/pass/unknown-status`,
    // Terragrunt creates the bucket, versioned.
    `${dir}/pass/terragrunt-created`,
  ],
  invalid: [
    {
      // Terragrunt creates the bucket (not declared in the scan) without versioning.
      path: `${dir}/fail/terragrunt-skip`,
      findings: [
        {
          file: `${dir}/fail/terragrunt-skip/root.hcl`,
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 34,
          resource: 'terraform.backend.s3',
          message: `remote_state of ${dir}/fail/terragrunt-skip/live/app sets skip_bucket_versioning = true`,
          fixText: 'skip_bucket_versioning = false',
        },
      ],
    },
    {
      // Bucket in bootstrap/, backend in live/prod/: found across directories.
      path: `${dir}/fail/bootstrap-split`,
      findings: [
        {
          file: `${dir}/fail/bootstrap-split/bootstrap/main.tf`,
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 33,
          resource: 'aws_s3_bucket.state',
          message: `backend at ${dir}/fail/bootstrap-split/live/prod/backend.tf:2 but keeps no versions`,
          fixText:
            '\n\nresource "aws_s3_bucket_versioning" "state" {\n  bucket = aws_s3_bucket.state.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
        },
      ],
    },
    {
      // The backend names its bucket in backend.hcl; the versioning resource suspends it.
      path: `${dir}/fail/suspended`,
      findings: [
        {
          file: `${dir}/fail/suspended/bootstrap/main.tf`,
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 25,
          resource: 'aws_s3_bucket.state',
          message: 'versioning is "Suspended" in aws_s3_bucket_versioning.state',
          fixText: '"Enabled"',
        },
      ],
    },
    {
      path: `${dir}/fail/inline-disabled.tf`,
      findings: [
        {
          line: 20,
          column: 5,
          endLine: 20,
          endColumn: 20,
          resource: 'aws_s3_bucket.legacy_state',
          message: 'Set enabled = true.',
          fixText: 'true',
        },
      ],
    },
    {
      path: `${dir}/fail/gcs`,
      findings: [
        {
          file: `${dir}/fail/gcs/bootstrap/main.tf`,
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 43,
          resource: 'google_storage_bucket.tfstate',
          fixText: '\n  versioning {\n    enabled = true\n  }',
        },
      ],
    },
    {
      path: `${dir}/fail/azurerm`,
      findings: [
        {
          file: `${dir}/fail/azurerm/main.tf`,
          line: 21,
          column: 3,
          endLine: 21,
          endColumn: 18,
          resource: 'azurerm_storage_account.tfstate',
          fixText: '\n    versioning_enabled = true',
        },
      ],
    },
  ],
});

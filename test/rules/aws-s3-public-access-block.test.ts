import { expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import { ruleTester } from '../support/rule-tester.js';
import { SHARED_DIR, describeShared, sharedPath } from '../support/shared.js';

const F = 'fixtures/rules/aws-s3-public-access-block';

const NEW_BLOCK = [
  '',
  '',
  'resource "aws_s3_bucket_public_access_block" "invoices" {',
  '  bucket = aws_s3_bucket.invoices.id',
  '',
  '  block_public_acls       = true',
  '  block_public_policy     = true',
  '  ignore_public_acls      = true',
  '  restrict_public_buckets = true',
  '}',
].join('\n');

ruleTester('aws-s3-public-access-block', {
  valid: [`${F}/pass/complete.tf`, `${F}/pass/split-by-name`, `${F}/pass/account-wide`],
  invalid: [
    {
      path: `${F}/fail/missing.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 36,
          resource: 'aws_s3_bucket.invoices',
          message: 'has no aws_s3_bucket_public_access_block',
          fixText: NEW_BLOCK,
        },
      ],
    },
    {
      // Sorted by position: the missing setting at the header, then the false one.
      path: `${F}/fail/settings-off`,
      findings: [
        {
          file: `${F}/fail/settings-off/main.tf`,
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 54,
          message: 'restrict_public_buckets not set, which means false',
          fixText: '\n  restrict_public_buckets = true',
        },
        {
          file: `${F}/fail/settings-off/main.tf`,
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 30,
          message: 'block_public_policy false',
          fixText: 'true',
        },
      ],
    },
    {
      // Only the for_each instance without a block; no fix for an expanded bucket.
      path: `${F}/fail/for-each`,
      findings: [
        {
          file: `${F}/fail/for-each/main.tf`,
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 32,
          resource: 'aws_s3_bucket.lake["raw"]',
        },
      ],
    },
    {
      // false from the child module's variable default.
      path: `${F}/fail/child-module`,
      findings: [
        {
          // The module forwards a variable the call leaves out: reported at the call.
          file: `${F}/fail/child-module/main.tf`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 17,
          resource: 'module.exports.aws_s3_bucket_public_access_block.this',
        },
      ],
    },
  ],
});

// terraform-aws-modules/terraform-aws-s3-bucket blocks public access by default: none of
// its examples is public, and no public-bucket rule may say otherwise.
describeShared('public-bucket rules on the terraform-aws-s3-bucket corpus', () => {
  it('report nothing', async () => {
    const ids = ['aws-s3-public-access-block', 'aws-s3-public-acl', 'aws-s3-public-policy', 'aws-s3-public-website'];
    const result = await lint({
      paths: [sharedPath('corpus/realworld/terraform-aws-s3-bucket')],
      cwd: SHARED_DIR,
      onlyRules: ids,
    });
    expect(result.internalErrors).toEqual([]);
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([]);
  });
});

import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/tf-backend-s3-encryption';

ruleTester('tf-backend-s3-encryption', {
  valid: [`${dir}/pass/encrypted.tf`, `${dir}/pass/partial-file`, `${dir}/pass/child-backend`],
  invalid: [
    {
      path: `${dir}/fail/missing.tf`,
      findings: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 15,
          resource: 'terraform.backend.s3',
          message: 'encrypt is not set',
          fixText: '\n    encrypt = true',
        },
      ],
    },
    {
      path: `${dir}/fail/explicit-false.tf`,
      findings: [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 27,
          resource: 'terraform.backend.s3',
          message: 'encrypt is false',
          fixText: 'encrypt = true',
        },
      ],
    },
    {
      // The setting comes from a partial configuration file: reported and fixed there.
      path: `${dir}/fail/partial-false`,
      findings: [
        {
          file: `${dir}/fail/partial-false/prod.s3.tfbackend`,
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 21,
          resource: 'terraform.backend.s3',
          fixText: 'encrypt = true',
        },
      ],
    },
  ],
});

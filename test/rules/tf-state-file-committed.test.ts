import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/tf-state-file-committed';
const state = `${dir}/fail/env/terraform.tfstate`;

ruleTester('tf-state-file-committed', {
  valid: [`${dir}/pass/clean`],
  invalid: [
    {
      path: `${dir}/fail/env`,
      findings: [
        {
          file: state,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          resource: `file:${state}`,
          message: `${state} is committed`,
        },
        { file: `${state}.backup`, line: 1, column: 1, endLine: 1, endColumn: 1, resource: `file:${state}.backup` },
      ],
    },
  ],
});

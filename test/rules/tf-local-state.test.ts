import { ruleTester } from '../support/rule-tester.js';

const dir = 'fixtures/rules/tf-local-state';

ruleTester('tf-local-state', {
  valid: [
    `${dir}/pass/remote.tf`,
    `${dir}/pass/cloud.tf`,
    `${dir}/pass/modules/queue`,
    `${dir}/pass/modules/legacy-provider`,
    `${dir}/pass/root-with-child`,
    `${dir}/pass/examples/simple`,
  ],
  invalid: [
    {
      path: `${dir}/fail/explicit-local.tf`,
      findings: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 18,
          resource: 'terraform.backend.local',
          message: 'backend "local"',
        },
      ],
    },
    {
      path: `${dir}/fail/no-backend`,
      findings: [
        {
          file: `${dir}/fail/no-backend/versions.tf`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 10,
          resource: 'terraform.backend.local',
          message: 'configures providers but no backend',
        },
      ],
    },
    {
      // No terraform block: line 1 of the file that configures the provider.
      path: `${dir}/fail/no-terraform-block`,
      findings: [
        {
          file: `${dir}/fail/no-terraform-block/providers.tf`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 20,
          resource: 'terraform.backend.local',
        },
      ],
    },
  ],
});

// With no example folders configured, an example root is a root like any other.
ruleTester('tf-local-state', {
  options: { exampleDirs: [] },
  valid: [`${dir}/pass/modules/queue`],
  invalid: [
    {
      path: `${dir}/pass/examples/simple`,
      findings: [
        {
          file: `${dir}/pass/examples/simple/main.tf`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 80,
          resource: 'terraform.backend.local',
        },
      ],
    },
  ],
});

import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/aws-ecs-container-limits';

ruleTester('aws-ecs-container-limits', {
  valid: [`${F}/pass/fargate.tf`, `${F}/pass/heredoc.tf`, `${F}/pass/unknown.tf`],
  invalid: [
    {
      // Each container is reported at its `name = ...` inside jsonencode.
      path: `${F}/fail/ec2.tf`,
      findings: [
        {
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 24,
          resource: 'aws_ecs_task_definition.web',
          message: 'Container `web` of aws_ecs_task_definition.web sets no memory and the task sets none either',
        },
        {
          line: 13,
          column: 7,
          endLine: 13,
          endColumn: 28,
          resource: 'aws_ecs_task_definition.web',
          message: 'Container `metrics` of aws_ecs_task_definition.web sets no memory and no CPU units',
        },
      ],
    },
    {
      // Heredoc JSON: reported at the container's `"name": ...`; task memory covers memory, not CPU.
      path: `${F}/fail/heredoc.tf`,
      findings: [
        {
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 21,
          resource: 'aws_ecs_task_definition.legacy',
          message: 'sets no CPU units and the task sets none either',
        },
      ],
    },
    {
      // Definitions built in a local: reported at the attribute value.
      path: `${F}/fail/from-local.tf`,
      findings: [
        {
          line: 13,
          column: 27,
          endLine: 13,
          endColumn: 56,
          resource: 'aws_ecs_task_definition.cron',
          message: 'Container `cron`',
        },
      ],
    },
  ],
});

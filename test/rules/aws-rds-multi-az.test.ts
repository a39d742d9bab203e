import { expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import { ruleTester } from '../support/rule-tester.js';
import { REPO_DIR, SHARED_DIR, describeShared, sharedPath } from '../support/shared.js';

const F = 'fixtures/rules/aws-rds-multi-az';

ruleTester('aws-rds-multi-az', {
  valid: [`${F}/pass/multi-az.tf`, `${F}/pass/unknown-variable`, `${F}/pass/registry-module.tf`],
  invalid: [
    {
      // Driven by the caller: reported at its argument (or at the call when it leaves the argument out), fixed there.
      path: `${F}/fail/caller-argument`,
      findings: [
        {
          file: `${F}/fail/caller-argument/main.tf`,
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 19,
          resource: 'module.orders.aws_db_instance.this',
          message: 'multi_az is false',
          fixText: 'true',
        },
        {
          file: `${F}/fail/caller-argument/main.tf`,
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 17,
          resource: 'module.reports.aws_db_instance.this',
          fixText: '\n  multi_az = true',
        },
      ],
    },
    {
      // Written in the module: one finding per root that reaches it, each naming its root.
      path: `${F}/fail/two-roots`,
      findings: [
        {
          file: `${F}/fail/two-roots/modules/db/main.tf`,
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 28,
          message: '(root module fixtures/rules/aws-rds-multi-az/fail/two-roots/examples/a)',
        },
        {
          file: `${F}/fail/two-roots/modules/db/main.tf`,
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 28,
          message: '(root module fixtures/rules/aws-rds-multi-az/fail/two-roots/examples/b)',
        },
      ],
    },
    {
      // Unknown count: judged as if the instance exists; `multi_az = null` is the provider default.
      path: 'fixtures/rules/aws-rds-multi-az/fail/unknown-count.tf',
      findings: [
        {
          line: 18,
          column: 3,
          endLine: 18,
          endColumn: 27,
          resource: 'aws_db_instance.orders',
          message: 'multi_az is null',
          fixText: 'true',
        },
      ],
    },
    {
      path: `${F}/fail/missing.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 36,
          resource: 'aws_db_instance.orders',
          message: 'not set, which means false',
          fixText: '\n  multi_az = true',
        },
      ],
    },
    {
      path: `${F}/fail/false.tf`,
      findings: [
        {
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 38,
          resource: 'aws_db_instance.orders',
          message: 'multi_az is false',
          fixText: 'true',
        },
      ],
    },
    {
      // false from terraform.tfvars; the variable reference is not rewritten by a fix.
      path: `${F}/fail/variable-default`,
      findings: [
        {
          file: `${F}/fail/variable-default/main.tf`,
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 45,
          resource: 'aws_db_instance.orders',
        },
      ],
    },
    {
      // Only the call that passes false; reported in the module, with the instance address.
      path: `${F}/fail/child-module`,
      findings: [
        {
          // The module writes `multi_az = var.multi_az`: the caller's argument is what to change.
          file: `${F}/fail/child-module/main.tf`,
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 19,
          resource: 'module.orders_db.aws_db_instance.this',
        },
      ],
    },
    {
      path: `${F}/fail/count-and-for-each`,
      findings: [
        {
          file: `${F}/fail/count-and-for-each/main.tf`,
          line: 17,
          column: 3,
          endLine: 17,
          endColumn: 52,
          resource: 'aws_db_instance.tenant["globex"]',
        },
        {
          file: `${F}/fail/count-and-for-each/main.tf`,
          line: 20,
          column: 1,
          endLine: 20,
          endColumn: 35,
          resource: 'aws_db_instance.shard[0]',
          fixText: '\n  multi_az = true',
        },
        {
          file: `${F}/fail/count-and-for-each/main.tf`,
          line: 20,
          column: 1,
          endLine: 20,
          endColumn: 35,
          resource: 'aws_db_instance.shard[1]',
          fixText: '\n  multi_az = true',
        },
      ],
    },
    {
      path: `${F}/fail/registry-module.tf`,
      findings: [
        { line: 1, column: 1, endLine: 1, endColumn: 12, resource: 'module.db', fixText: '\n  multi_az = true' },
        { line: 19, column: 3, endLine: 19, endColumn: 28, resource: 'module.reporting', fixText: 'true' },
      ],
    },
    {
      path: `${F}/fail/sqlserver-express.tf`,
      findings: [
        {
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 47,
          resource: 'aws_db_instance.legacy',
          message: 'an edition RDS cannot run Multi-AZ',
        },
      ],
    },
  ],
});

// terraform-aws-modules/terraform-aws-rds, examples included: the module's own directory
// is called by the examples, so it is judged through their arguments.
describeShared('aws-rds-multi-az on the terraform-aws-rds corpus', () => {
  it('reports the SQL Server Express example and the module called without multi_az, nothing else', async () => {
    const result = await lint({
      paths: [sharedPath('corpus/realworld/terraform-aws-rds')],
      cwd: SHARED_DIR,
      onlyRules: ['aws-rds-multi-az'],
    });
    expect(result.internalErrors).toEqual([]);
    expect(result.findings.map((f) => `${f.file} ${f.line}:${f.column} ${f.resource}`)).toEqual([
      // Each example's call leaves multi_az out: reported at each call, not once in the module.
      'corpus/realworld/terraform-aws-rds/examples/complete-mysql/main.tf 90:1 module.db_default.module.db_instance.aws_db_instance.this[0]',
      'corpus/realworld/terraform-aws-rds/examples/complete-postgres/main.tf 105:1 module.db_default.module.db_instance.aws_db_instance.this[0]',
      'corpus/realworld/terraform-aws-rds/modules/db_instance/main.tf 36:3 module.db.module.db_instance.aws_db_instance.this[0]',
    ]);
    expect(result.findings[2].message).toContain('sqlserver-ex');
    expect(result.findings[2].message).toContain(
      '(root module corpus/realworld/terraform-aws-rds/examples/complete-mssql)',
    );
  });
});

it('points a caller-driven finding at the module line as a related location, with distinct fingerprints per root', async () => {
  const result = await lint({
    paths: [`${F}/fail/caller-argument`, `${F}/fail/two-roots`],
    cwd: REPO_DIR,
    onlyRules: ['aws-rds-multi-az'],
  });
  const findings = result.findings.filter((f) => f.ruleId === 'aws-rds-multi-az');
  expect(findings[0].related).toEqual([
    {
      file: `${F}/fail/caller-argument/modules/db/main.tf`,
      line: 15,
      column: 3,
      endLine: 15,
      endColumn: 35,
      message: 'where module.orders uses its argument multi_az',
    },
  ]);
  expect(findings[2].related?.[0]).toMatchObject({
    file: `${F}/fail/two-roots/examples/a/main.tf`,
    line: 1,
    column: 1,
  });
  expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
});

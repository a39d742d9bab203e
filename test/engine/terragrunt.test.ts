// Terragrunt live repositories end to end: units read as deployed roots, remote_state
// feeding the state rules at the lines it is written on (root.hcl when included), inputs
// judged as a module call's arguments at their own lines.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { lint } from '../support/lint.js';
import { REPO_DIR } from '../support/shared.js';

const BASIC = 'fixtures/terragrunt/basic';
const FEATURES = 'fixtures/terragrunt/features';

const row = (f: Finding) =>
  `${f.ruleId} ${f.file} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.resource ?? ''}`.trimEnd();

async function run(path: string, rules?: string[]) {
  const result = await lint({ paths: [path], cwd: REPO_DIR, ...(rules ? { onlyRules: rules } : {}) });
  expect(result.internalErrors).toEqual([]);
  return result;
}

describe('a live repository with root.hcl, two units and a local modules folder', () => {
  it('reads every Terragrunt file (not "0 files")', async () => {
    const result = await run(BASIC);
    // root.hcl, two env.hcl, two terragrunt.hcl, three .tf
    expect(result.summary.filesScanned).toBe(8);
  });

  it.each([
    // remote_state in root.hcl, included by both units: reported once where it is written.
    ['tf-backend-s3-encryption', `tf-backend-s3-encryption ${BASIC}/root.hcl 13:5-13:20 terraform.backend.s3`, 1],
    ['tf-backend-s3-locking', `tf-backend-s3-locking ${BASIC}/root.hcl 7:1-7:13 terraform.backend.s3`, 1],
    // The bucket named by the evaluated remote_state (acme-tf-state-${env} from env.hcl), declared in bootstrap/.
    [
      'tf-state-bucket-versioning',
      `tf-state-bucket-versioning ${BASIC}/bootstrap/main.tf 16:1-16:38 aws_s3_bucket.prod_state`,
      1,
    ],
  ])('%s: the state finding at its exact range', async (rule, expected, count) => {
    const result = await run(BASIC, [rule]);
    expect(result.findings.map(row)).toEqual(Array(count).fill(expected));
  });

  it('names every unit sharing the remote_state in one finding', async () => {
    const result = await run(BASIC, ['tf-backend-s3-encryption']);
    expect(result.findings.map((f) => f.message)).toEqual([
      expect.stringContaining(
        `The S3 backend of ${BASIC}/live/prod/mysql and ${BASIC}/live/stage/mysql does not encrypt`,
      ),
    ]);
    expect(result.findings[0].fix?.replacements).toEqual([
      { line: 13, column: 5, endLine: 13, endColumn: 20, text: 'encrypt = true' },
    ]);
  });

  it('adds a missing lock setting inside remote_state.config', async () => {
    const result = await run(BASIC, ['tf-backend-s3-locking']);
    expect(result.findings[0].fix?.replacements).toEqual([
      { line: 9, column: 13, endLine: 9, endColumn: 13, text: '\n    use_lockfile = true' },
    ]);
  });

  it('the versioning finding points back at the remote_state that names the bucket', async () => {
    const result = await run(BASIC, ['tf-state-bucket-versioning']);
    expect(result.findings[0].message).toContain(`backend at ${BASIC}/root.hcl:7`);
  });

  it('reports an input-driven finding at the input, with the module line as related location', async () => {
    const result = await run(BASIC, ['aws-rds-multi-az']);
    expect(result.findings.map(row)).toEqual([
      `aws-rds-multi-az ${BASIC}/live/prod/mysql/terragrunt.hcl 11:3-11:19 aws_db_instance.this`,
      // multi_az left out: the module default (false) applies; reported at the unit's inputs.
      `aws-rds-multi-az ${BASIC}/live/stage/mysql/terragrunt.hcl 9:1-9:7 aws_db_instance.this`,
    ]);
    const [prod, stage] = result.findings;
    expect(prod.related).toEqual([
      {
        file: `${BASIC}/modules/mysql/main.tf`,
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 41,
        message: 'where module.mysql uses its argument multi_az',
      },
    ]);
    expect(prod.fix?.replacements).toEqual([{ line: 11, column: 14, endLine: 11, endColumn: 19, text: 'true' }]);
    expect(stage.fix?.replacements).toEqual([
      { line: 9, column: 11, endLine: 9, endColumn: 11, text: '\n  multi_az = true' },
    ]);
  });

  it('treats the modules folder the units source as reusable (no tf-local-state on it)', async () => {
    const result = await run(BASIC, ['tf-local-state']);
    // bootstrap/ has its own s3 backend; the units have remote_state; modules/mysql is called.
    expect(result.findings.map(row)).toEqual([]);
  });
});

describe('Terragrunt features', () => {
  it('judges a backend written by a generate block at that block, without a fix', async () => {
    const result = await run(FEATURES, ['tf-backend-s3-encryption', 'tf-backend-s3-locking']);
    expect(result.findings.map(row)).toEqual([
      `tf-backend-s3-encryption ${FEATURES}/live/generated/terragrunt.hcl 6:1-6:9 terraform.backend.s3`,
      `tf-backend-s3-locking ${FEATURES}/live/generated/terragrunt.hcl 6:1-6:9 terraform.backend.s3`,
    ]);
    expect(result.findings.map((f) => f.fix)).toEqual([undefined, undefined]);
  });

  it('reports a unit without remote_state as local state, at its terragrunt.hcl', async () => {
    const result = await run(FEATURES, ['tf-local-state']);
    expect(result.findings.map(row)).toEqual([
      `tf-local-state ${FEATURES}/live/no-state/terragrunt.hcl 1:1-1:12 terraform.backend.local`,
      `tf-local-state ${FEATURES}/live/own-tf/terragrunt.hcl 1:1-1:10 terraform.backend.local`,
    ]);
  });

  it('dependency outputs are unknown (mock_outputs ignored); inputs of a unit without source are root variables', async () => {
    const result = await run(FEATURES, ['aws-rds-multi-az']);
    // live/generated passes multi_az = dependency.config.outputs.multi_az: not judged.
    // live/no-state passes multi_az = true. live/own-tf runs its own main.tf with inputs multi_az = false.
    expect(result.findings.map(row).filter((r) => !r.includes('/registry-git/'))).toEqual([
      `aws-rds-multi-az ${FEATURES}/live/own-tf/main.tf 11:3-11:41 aws_db_instance.reports`,
    ]);
  });

  it('judges a registry source (tfr:///) as a registry module call with the inputs as arguments', async () => {
    const result = await run(FEATURES, ['aws-db-deletion-protection']);
    expect(result.findings.map(row)).toEqual([
      `aws-db-deletion-protection ${FEATURES}/live/registry/terragrunt.hcl 20:1-20:7 module.rds`,
    ]);
  });

  it('judges a Git source of a registry module (not checked out in the scan) like the registry module', async () => {
    const result = await run(FEATURES, ['aws-rds-multi-az']);
    expect(result.findings.map(row)).toContain(
      `aws-rds-multi-az ${FEATURES}/live/registry-git/terragrunt.hcl 23:3-23:30 module.terraform-aws-rds`,
    );
  });

  it('skips a Go-templated terragrunt.hcl (boilerplate) with an info line, not a parse error', async () => {
    const result = await run(FEATURES);
    expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(result.skipped).toContainEqual({
      file: `${FEATURES}/infra-modules/.boilerplate/terragrunt.hcl`,
      reason: expect.stringContaining('Go template'),
    });
  });
});

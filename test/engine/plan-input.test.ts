// Terraform plan JSON input (`terraform show -json plan.out`): recognised by content, linted
// on its planned values, findings placed on the configuration's lines when it is scanned.
// Fixtures: fixtures/terraform/plan (real `terraform show -json` output, see its README).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import { REPO_DIR } from '../support/shared.js';
import { findAwsMirror, hasTerraform } from '../meta/support/terraform-validate.js';
import type { Finding } from '../../src/findings/finding.js';
import { readPlan } from '../../src/parse/plan-json/document.js';
import { SourceFile } from '../../src/parse/source.js';
import { buildPlanStack } from '../../src/model/terraform/plan/build.js';
import { UNKNOWN } from '../../src/model/terraform/value.js';

const FIXTURE = 'fixtures/terraform/plan';
const where = (f: Finding) => [f.ruleId, f.resource, f.file, f.line, f.column, f.endLine, f.endColumn];

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'arch-lint-plan-'));
}

describe('a plan without its configuration', () => {
  it('is linted on its planned values, each finding at the exact JSON range of the value or the resource object', async () => {
    const result = await lint({ paths: [`${FIXTURE}/plan-only`], cwd: REPO_DIR });
    const p = `${FIXTURE}/plan-only/plan.json`;
    expect(result.findings.map(where)).toEqual([
      ['aws-rds-cross-region-replica', 'aws_db_instance.analytics', p, 12, 9, 72, 10],
      ['aws-s3-public-access-block', 'aws_s3_bucket.logs', p, 127, 9, 152, 10],
      // "restrict_public_buckets": false, of the "curated" instance only (its value is `each.key == "raw"`).
      ['aws-s3-public-access-block', 'aws_s3_bucket_public_access_block.data["curated"]', p, 165, 13, 165, 45],
      ['aws-db-deletion-protection', 'module.db[0].aws_db_instance.this[0]', p, 211, 13, 273, 14],
      ['aws-rds-cross-region-replica', 'module.db[0].aws_db_instance.this[0]', p, 211, 13, 273, 14],
      ['aws-rds-multi-az', 'module.db[0].aws_db_instance.this[0]', p, 245, 17, 245, 34],
      ['aws-db-deletion-protection', 'module.db[1].aws_db_instance.this[0]', p, 279, 13, 341, 14],
      ['aws-rds-cross-region-replica', 'module.db[1].aws_db_instance.this[0]', p, 279, 13, 341, 14],
      ['aws-rds-multi-az', 'module.db[1].aws_db_instance.this[0]', p, 313, 17, 313, 34],
    ]);
    const text = readFileSync(join(REPO_DIR, p), 'utf8').split('\n');
    expect(text[244].trim()).toBe('"multi_az": false,');
    expect(text[164].trim()).toBe('"restrict_public_buckets": false');
    expect(text[210].trim()).toBe('{');
    expect(text[211].trim()).toBe('"address": "module.db[0].aws_db_instance.this[0]",');
    // Plans are not edited: a fix would rewrite the JSON.
    expect(result.findings.filter((f) => f.fix)).toEqual([]);
    expect(result.summary.filesScanned).toBe(1);
  });

  it('does not judge a value known only after apply as wrong (multi_az computed from another resource)', async () => {
    const result = await lint({ paths: [`${FIXTURE}/plan-only`], cwd: REPO_DIR });
    expect(
      result.findings.filter((f) => f.ruleId === 'aws-rds-multi-az' && f.resource === 'aws_db_instance.analytics'),
    ).toEqual([]);
    const file = new SourceFile('plan.json', readFileSync(join(REPO_DIR, `${FIXTURE}/plan-only/plan.json`), 'utf8'));
    const read = readPlan(file);
    if (read.kind !== 'plan') throw new Error('not read as a plan');
    const stack = buildPlanStack(file, read.plan);
    const analytics = stack.resources.find((r) => r.address === 'aws_db_instance.analytics')!;
    const multiAz = analytics.attr('multi_az')!;
    expect(multiAz.value).toBe(UNKNOWN);
    // Placed on its `after_unknown` entry in resource_changes.
    expect(file.lineText(multiAz.range.start.line).trim()).toBe('"multi_az": true,');
    expect(multiAz.range.start.offset).toBeGreaterThan(file.text.indexOf('"resource_changes"'));
    // Unknown and left unset by the configuration: the provider's default, absent as in a .tf file.
    expect(analytics.attr('backup_retention_period')).toBeUndefined();
    // Known values, and the provider's region through provider_config_key.
    expect(analytics.value('deletion_protection')).toBe(true);
    expect(analytics.region).toBe('us-east-1');
    expect(stack.resources.map((r) => r.address)).toContain('module.db[1].aws_db_instance.this[0]');
    // `bucket = each.value.id` under `for_each = aws_s3_bucket.data`: unknown, and still a reference to the bucket.
    const raw = stack.resources.find((r) => r.address === 'aws_s3_bucket.data["raw"]')!;
    expect(stack.referrers(raw, 'aws_s3_bucket_public_access_block', 'bucket').map((r) => r.address)).toEqual([
      'aws_s3_bucket_public_access_block.data["raw"]',
    ]);
    const versioning = stack.resources.find((r) => r.address === 'aws_s3_bucket_versioning.logs')!;
    expect(versioning.attr('bucket')!.references).toEqual(['aws_s3_bucket.logs']);
  });
});

describe('a plan next to its configuration', () => {
  it('places each finding on the .tf line of the same address (module path and count index), the plan as related location', async () => {
    const result = await lint({ paths: [`${FIXTURE}/infra`], cwd: REPO_DIR });
    const m = `${FIXTURE}/infra/main.tf`;
    const db = `${FIXTURE}/infra/modules/db/main.tf`;
    expect(result.findings.map(where)).toEqual([
      // The configuration's backend: the plan carries none, state rules judge the .tf files.
      ['tf-local-state', 'terraform.backend.local', m, 1, 1, 1, 67],
      // module.db[n].aws_db_instance.this[0]: multi_az = var.multi_az in the module, set by the caller's argument.
      ['aws-rds-multi-az', 'module.db[0].aws_db_instance.this[0]', m, 19, 3, 19, 26],
      ['aws-rds-multi-az', 'module.db[1].aws_db_instance.this[0]', m, 19, 3, 19, 26],
      ['aws-s3-public-access-block', 'aws_s3_bucket.logs', m, 22, 1, 22, 32],
      // The configuration alone flags aws_s3_bucket.data["raw"] and ["curated"] (it cannot follow
      // `bucket = each.value.id` to them); the plan's verdict (each has its block) replaces it.
      ['aws-s3-public-access-block', 'aws_s3_bucket_public_access_block.data["curated"]', m, 44, 3, 44, 46],
      ['aws-rds-cross-region-replica', 'aws_db_instance.analytics', m, 48, 1, 48, 39],
      // Not set in the module: the resource block of module.db's aws_db_instance.this.
      ['aws-db-deletion-protection', 'module.db[0].aws_db_instance.this[0]', db, 5, 1, 5, 34],
      ['aws-db-deletion-protection', 'module.db[1].aws_db_instance.this[0]', db, 5, 1, 5, 34],
      ['aws-rds-cross-region-replica', 'module.db[0].aws_db_instance.this[0]', db, 5, 1, 5, 34],
      ['aws-rds-cross-region-replica', 'module.db[1].aws_db_instance.this[0]', db, 5, 1, 5, 34],
    ]);
    const multiAz = result.findings.find((f) => f.ruleId === 'aws-rds-multi-az')!;
    expect(multiAz.related?.map((r) => [r.file, r.line, r.column])).toEqual([
      [db, 13, 3],
      [`${FIXTURE}/infra/plan.json`, 1, 5125],
    ]);
    // The configuration's own findings on those addresses are dropped: one finding per problem.
    const keys = result.findings.map((f) => `${f.ruleId} ${f.resource}`);
    expect(new Set(keys).size).toBe(keys.length);
    const fromConfigOnly = result.findings.filter(
      (f) => f.resource !== 'terraform.backend.local' && !f.related?.some((r) => r.file.endsWith('plan.json')),
    );
    expect(fromConfigOnly).toEqual([]);
  });

  it('does not judge a resource the plan deletes (aws_db_instance.legacy, only in the prior state)', async () => {
    const text = readFileSync(join(REPO_DIR, `${FIXTURE}/infra/plan.json`), 'utf8');
    const plan = JSON.parse(text);
    expect(
      plan.resource_changes.find((c: { address: string }) => c.address === 'aws_db_instance.legacy').change.actions,
    ).toEqual(['delete']);
    const result = await lint({ paths: [`${FIXTURE}/infra`], cwd: REPO_DIR });
    expect(result.findings.filter((f) => f.resource?.includes('legacy'))).toEqual([]);
    // Even listed among the planned values (a hand-written plan may), a deleted resource is not judged.
    const dir = tempDir();
    try {
      const legacy = plan.prior_state.values.root_module.resources.find(
        (r: { address: string }) => r.address === 'aws_db_instance.legacy',
      );
      plan.planned_values.root_module.resources.push(legacy);
      writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan, null, 2));
      const alone = await lint({ paths: [dir], cwd: dir });
      expect(alone.findings.filter((f) => f.resource === 'aws_db_instance.legacy')).toEqual([]);
      plan.resource_changes.find((c: { address: string }) => c.address === 'aws_db_instance.legacy').change.actions = [
        'update',
      ];
      writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan, null, 2));
      const kept = await lint({ paths: [dir], cwd: dir });
      expect(kept.findings.filter((f) => f.resource === 'aws_db_instance.legacy').map((f) => f.ruleId)).toContain(
        'aws-rds-multi-az',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('JSON files that are not plans', () => {
  it('are left alone: no finding, no parse error, not counted', async () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 'providers-schema.json'), '{"format_version": "1.0", "provider_schemas": {}}\n');
      writeFileSync(join(dir, 'tsconfig.json'), '{ // comments are not JSON\n  "compilerOptions": {}\n}\n');
      writeFileSync(join(dir, 'package.json'), '{"name": "x", "configuration": {}}\n');
      writeFileSync(join(dir, 'binary.json'), Buffer.from([0x7b, 0, 0, 0x7d]));
      const result = await lint({ paths: [dir], cwd: dir });
      expect(result.findings).toEqual([]);
      expect(result.summary).toMatchObject({ filesScanned: 0, filesSkipped: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a broken plan is a parse error at the position of the syntax error', async () => {
    const dir = tempDir();
    try {
      const text = readFileSync(join(REPO_DIR, `${FIXTURE}/plan-only/plan.json`), 'utf8');
      // Cut inside `"values": {` of the first resource: the file ends in the middle of an object.
      const cut = text.slice(0, text.indexOf('"values"') + 8);
      writeFileSync(join(dir, 'plan.json'), cut);
      const result = await lint({ paths: [dir], cwd: dir });
      const lines = cut.split('\n');
      expect(result.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([
        ['parse-error', 'plan.json', lines.length, lines[lines.length - 1].length + 1],
      ]);
      expect(result.findings[0].message).toMatch(/Terraform plan JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const mirror = findAwsMirror();
const canPlan = mirror !== undefined && hasTerraform();

describe.skipIf(!canPlan)(
  'a plan made here by terraform (skipped without terraform and the AWS provider mirror)',
  () => {
    it('gives the same findings as the committed fixture', { timeout: 240_000 }, async () => {
      const dir = tempDir();
      try {
        cpSync(join(REPO_DIR, FIXTURE, 'infra'), join(dir, 'infra'), { recursive: true });
        rmSync(join(dir, 'infra', 'plan.json'));
        const rc = join(dir, 'cli.tfrc');
        writeFileSync(
          rc,
          `provider_installation {\n  filesystem_mirror {\n    path    = "${mirror}"\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n}\n`,
        );
        const env = { ...process.env, TF_CLI_CONFIG_FILE: rc, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
        const cwd = join(dir, 'infra');
        const tf = (...args: string[]) => {
          const r = spawnSync('terraform', args, { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
          if (r.status !== 0) throw new Error(`terraform ${args.join(' ')}: ${r.stderr}`);
          return r.stdout;
        };
        tf('init', '-input=false', '-no-color');
        tf('plan', '-input=false', '-no-color', '-refresh=false', '-out=plan.out');
        mkdirSync(join(dir, 'out'));
        writeFileSync(join(dir, 'out', 'plan.json'), tf('show', '-json', 'plan.out'));
        const live = await lint({ paths: ['out'], cwd: dir });
        const committed = await lint({ paths: [`${FIXTURE}/plan-only`], cwd: REPO_DIR });
        const shape = (f: Finding) => `${f.ruleId} ${f.resource}`;
        expect(live.findings.map(shape).sort()).toEqual(committed.findings.map(shape).sort());
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);

// Modules installed by `terraform init` (`.terraform/modules/modules.json`): their code is
// judged through the calls, and every finding lands in the caller's file, never in `.terraform/`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import { REPO_DIR } from '../support/shared.js';

const FIXTURE = 'fixtures/terraform/installed-modules';
const MAIN = `${FIXTURE}/main.tf`;

const HAS_TERRAFORM =
  spawnSync('terraform', ['version'], { stdio: 'ignore', env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' } })
    .status === 0;

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'arch-lint-installed-'));
  temps.push(d);
  return d;
}

describe('installed modules', () => {
  it('judges the installed code and reports at the caller', async () => {
    const result = await lint({ paths: [FIXTURE], cwd: REPO_DIR, noConfig: true });
    const found = result.findings.map((f) => [
      f.ruleId,
      `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn}`,
      f.resource,
    ]);
    expect(found).toEqual([
      // Left out: the module's default (false) applies, reported at the call.
      ['aws-db-deletion-protection', `${MAIN}:15:1-15:12`, 'module.db.module.db_instance.aws_db_instance.this[0]'],
      ['aws-rds-cross-region-replica', `${MAIN}:15:1-15:12`, 'module.db.module.db_instance.aws_db_instance.this[0]'],
      // Through two hops (db → db_instance) to the caller's `multi_az = false`.
      ['aws-rds-multi-az', `${MAIN}:22:3-22:25`, 'module.db.module.db_instance.aws_db_instance.this[0]'],
      // `acl = var.acl == "null" ? null : var.acl` is computed from the caller's `acl` alone.
      ['aws-s3-public-acl', `${MAIN}:29:3-29:25`, 'module.exports.aws_s3_bucket_acl.this[0]'],
      ['aws-s3-public-access-block', `${MAIN}:31:3-31:34`, 'module.exports.aws_s3_bucket_public_access_block.this[0]'],
      ['aws-s3-public-access-block', `${MAIN}:32:3-32:34`, 'module.exports.aws_s3_bucket_public_access_block.this[0]'],
      ['aws-s3-public-access-block', `${MAIN}:33:3-33:34`, 'module.exports.aws_s3_bucket_public_access_block.this[0]'],
      ['aws-s3-public-access-block', `${MAIN}:34:3-34:34`, 'module.exports.aws_s3_bucket_public_access_block.this[0]'],
      ['aws-dynamodb-global-table', `${MAIN}:37:1-37:16`, 'module.events.aws_dynamodb_table.this'],
      // Nothing the caller passes decides it: the call that brings the module in.
      ['aws-dynamodb-pitr', `${MAIN}:37:1-37:16`, 'module.events.aws_dynamodb_table.this'],
    ]);
    expect(result.summary.filesScanned).toBe(1);
  });

  it('names the module input and shows the module lines as related locations', async () => {
    const result = await lint({ paths: [FIXTURE], cwd: REPO_DIR, noConfig: true, onlyRules: ['aws-rds-multi-az'] });
    const [f] = result.findings;
    expect(f.message).toMatch(/\(module input multi_az of module\.db, terraform-aws-modules\/rds\/aws 6\.10\.0\)$/);
    expect(f.related?.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)).toEqual([
      `${FIXTURE}/.terraform/modules/db/modules/db_instance/main.tf:7:3 where module.db.module.db_instance uses its argument multi_az`,
      `${FIXTURE}/.terraform/modules/db/main.tf:10:3 where module.db uses its argument multi_az`,
    ]);
    const pitr = await lint({ paths: [FIXTURE], cwd: REPO_DIR, noConfig: true, onlyRules: ['aws-dynamodb-pitr'] });
    expect(pitr.findings[0].message).toMatch(/\(in module\.events, acme\/dynamodb-table\/aws 1\.2\.0\)$/);
    expect(pitr.findings[0].related?.[0]).toMatchObject({
      file: `${FIXTURE}/.terraform/modules/events/main.tf`,
      line: 6,
      column: 1,
    });
  });

  it('without modules.json, registry calls are not followed into .terraform/', async () => {
    const dir = tempDir();
    cpSync(join(REPO_DIR, FIXTURE), dir, { recursive: true });
    rmSync(join(dir, '.terraform/modules/modules.json'));
    const result = await lint({ paths: ['.'], cwd: dir, noConfig: true, onlyRules: ['aws-dynamodb-pitr'] });
    expect(result.findings).toEqual([]);
  });

  it('refuses manifest entries outside .terraform/ and ignores broken manifests', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'root/.terraform/modules'), { recursive: true });
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere/main.tf'), 'resource "aws_dynamodb_table" "t" {\n  name = "t"\n}\n');
    writeFileSync(join(dir, 'root/main.tf'), 'module "t" {\n  source = "acme/t/aws"\n}\n');
    const manifest = (entries: unknown) =>
      writeFileSync(join(dir, 'root/.terraform/modules/modules.json'), JSON.stringify(entries));
    for (const bad of [
      { Modules: [{ Key: 't', Source: 'acme/t/aws', Dir: '../elsewhere' }] },
      { Modules: [{ Key: 't', Source: 'acme/t/aws', Dir: join(dir, 'elsewhere') }] },
      { Modules: [{ Key: 't', Source: 'acme/t/aws', Dir: 42 }] },
      { Modules: 'none' },
      null,
    ]) {
      manifest(bad);
      const result = await lint({ paths: ['root'], cwd: dir, noConfig: true, onlyRules: ['aws-dynamodb-pitr'] });
      expect(result.findings).toEqual([]);
    }
    // The control: the same code inside .terraform/ is followed.
    cpSync(join(dir, 'elsewhere'), join(dir, 'root/.terraform/modules/t'), { recursive: true });
    manifest({ Modules: [{ Key: 't', Source: 'acme/t/aws', Dir: '.terraform/modules/t' }] });
    const control = await lint({ paths: ['root'], cwd: dir, noConfig: true, onlyRules: ['aws-dynamodb-pitr'] });
    expect(control.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['root/main.tf:1']);
    writeFileSync(join(dir, 'root/.terraform/modules/modules.json'), '{"Modules": [');
    const result = await lint({ paths: ['root'], cwd: dir, noConfig: true });
    expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
  });

  it.skipIf(!HAS_TERRAFORM)('reads the manifest in the format terraform init writes', () => {
    // Terraform installs only local sources offline: its manifest for a local call chain
    // shows the format (one line, Key/Source/Dir, the root first) the fixture follows.
    const dir = tempDir();
    mkdirSync(join(dir, 'modules/net/modules/sub'), { recursive: true });
    writeFileSync(join(dir, 'main.tf'), 'module "net" {\n  source = "./modules/net"\n}\n');
    writeFileSync(join(dir, 'modules/net/main.tf'), 'module "sub" {\n  source = "./modules/sub"\n}\n');
    writeFileSync(join(dir, 'modules/net/modules/sub/main.tf'), 'output "x" {\n  value = 1\n}\n');
    const init = spawnSync('terraform', ['init', '-backend=false', '-input=false', '-no-color'], {
      cwd: dir,
      env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', TF_IN_AUTOMATION: '1' },
    });
    expect(init.status, String(init.stderr)).toBe(0);
    const written = readFileSync(join(dir, '.terraform/modules/modules.json'), 'utf8');
    expect(written).toBe(
      '{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"net","Source":"./modules/net","Dir":"modules/net"},' +
        '{"Key":"net.sub","Source":"./modules/sub","Dir":"modules/net/modules/sub"}]}',
    );
    const fixture = readFileSync(join(REPO_DIR, FIXTURE, '.terraform/modules/modules.json'), 'utf8');
    const shape = (text: string) =>
      (JSON.parse(text) as { Modules: Record<string, string>[] }).Modules.map((e) =>
        Object.keys(e).filter((k) => k !== 'Version'),
      );
    expect(new Set(shape(fixture).map((k) => k.join()))).toEqual(new Set(shape(written).map((k) => k.join())));
    expect(fixture.startsWith('{"Modules":[{"Key":"","Source":"","Dir":"."},')).toBe(true);
  });
});

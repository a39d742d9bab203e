// TF_VAR_name through the CLI: the environment runCli is given (never process.env read
// behind its back), below --var-file, above the variable's default.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'arch-lint-tfvar-cli-'));
mkdirSync(join(dir, 'infra'));
writeFileSync(
  join(dir, 'infra/main.tf'),
  'provider "aws" {}\n\nvariable "multi_az" {\n  type    = bool\n  default = false\n}\n\nresource "aws_db_instance" "db" {\n  engine   = "postgres"\n  multi_az = var.multi_az\n}\n',
);
writeFileSync(join(dir, 'single.tfvars'), 'multi_az = false\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function multiAzFindings(env: Record<string, string>, ...argv: string[]): Promise<number> {
  const argvAll = ['--no-config', '-f', 'json', '--rule', 'aws-rds-multi-az', ...argv, 'infra'];
  const { out } = await runCliCaptured(argvAll, dir, '', env);
  return JSON.parse(out).findings.filter((f: { ruleId: string }) => f.ruleId === 'aws-rds-multi-az').length;
}

describe('TF_VAR_name in the CLI', () => {
  it('the default applies without it', async () => {
    expect(await multiAzFindings({})).toBe(1);
  });
  it('TF_VAR_multi_az=true overrides the default', async () => {
    expect(await multiAzFindings({ TF_VAR_multi_az: 'true' })).toBe(0);
  });
  it('a --var-file wins over TF_VAR_', async () => {
    expect(await multiAzFindings({ TF_VAR_multi_az: 'true' }, '--var-file', 'single.tfvars')).toBe(1);
  });
  it('only the given environment counts, not the process environment', async () => {
    process.env.TF_VAR_multi_az = 'true';
    try {
      expect(await multiAzFindings({})).toBe(1);
    } finally {
      delete process.env.TF_VAR_multi_az;
    }
  });
});

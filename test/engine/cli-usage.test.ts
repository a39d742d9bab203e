// Usage errors exit 2 with one clear line (never the whole help); short flags; "did you
// mean" for options and values; --no-config, --rule / --skip-rule; --list-rules as JSON.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { runCliCaptured } from '../support/cli.js';
import { ENGINE_RULES } from '../../src/engine/config/effective.js';

const dir = mkdtempSync(join(tmpdir(), 'arch-lint-usage-'));
mkdirSync(join(dir, 'infra'));
writeFileSync(
  join(dir, 'infra/main.tf'),
  'provider "aws" {}\n\nvariable "multi_az" {\n  default = false\n}\n\nresource "aws_db_instance" "db" {\n  engine   = "postgres"\n  multi_az = var.multi_az\n}\n',
);
writeFileSync(join(dir, 'infra/prod.tfvars'), 'multi_az = true\n');
writeFileSync(join(dir, 'missing-var.yml'), 'varFiles: [infra/nope.tfvars]\n');
writeFileSync(join(dir, 'off.yml'), 'rules:\n  aws-rds-multi-az: "off"\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCliCaptured(argv, dir);

describe('usage errors: exit 2, one line on stderr, nothing on stdout', () => {
  const cases: [string[], string][] = [
    [['nope/'], 'arch-lint: nope/: no such file or directory\n'],
    [['infra', 'nope.tf'], 'arch-lint: nope.tf: no such file or directory\n'],
    [['--var-file', 'nope.tfvars', 'infra'], 'arch-lint: --var-file nope.tfvars: no such file\n'],
    [
      ['--config', 'missing-var.yml', 'infra'],
      'arch-lint: var file infra/nope.tfvars (varFiles in missing-var.yml): no such file\n',
    ],
    [
      ['-o', 'no/such/dir/report.json', 'infra'],
      'arch-lint: --output no/such/dir/report.json: its directory does not exist\n',
    ],
    [['-o', 'infra', 'infra'], 'arch-lint: --output infra: is a directory\n'],
    [['--formt', 'json'], 'arch-lint: unknown option --formt (did you mean --format?); see arch-lint --help\n'],
    [['--fail-onn=note'], 'arch-lint: unknown option --fail-onn (did you mean --fail-on?); see arch-lint --help\n'],
    [['-x'], 'arch-lint: unknown option -x; see arch-lint --help\n'],
    [['--format'], 'arch-lint: --format needs a value; see arch-lint --help\n'],
    [
      ['-f', 'jsn', 'infra'],
      `arch-lint: unknown --format 'jsn' (did you mean "json"?) (expected text, json, sarif, github, markdown, junit, rdjson)\n`,
    ],
    [
      ['--fail-on', 'warn', 'infra'],
      `arch-lint: unknown --fail-on 'warn' (did you mean "warning"?) (expected error, warning, note, none)\n`,
    ],
    [
      ['--rule', 'aws-rds-multiaz', 'infra'],
      'arch-lint: --rule aws-rds-multiaz: no rule has this id (did you mean "aws-rds-multi-az"?)\n',
    ],
    [['--skip-rule', 'nothing-*', 'infra'], 'arch-lint: --skip-rule nothing-*: no rule has this id\n'],
    [['--config', 'off.yml', '--no-config', 'infra'], 'arch-lint: --config and --no-config exclude each other\n'],
  ];
  for (const [argv, err] of cases) {
    it(argv.join(' '), async () => {
      expect(await cli(...argv)).toEqual({ code: 2, out: '', err });
    });
  }

  it.skipIf(process.getuid?.() === 0)('an unwritable --output file', async () => {
    const file = join(dir, 'readonly.json');
    writeFileSync(file, '');
    chmodSync(file, 0o444);
    expect(await cli('-o', file, 'infra')).toEqual({
      code: 2,
      out: '',
      err: `arch-lint: --output ${file}: not writable\n`,
    });
  });
});

describe('options', () => {
  it('short flags -f, -o and -c work like the long ones; -o is relative to the working directory', async () => {
    const r = await cli('-f', 'json', '-o', 'out.json', '-c', 'off.yml', 'infra');
    expect(r.out).toBe('');
    const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    const ids = report.findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain('aws-rds-multi-az');
    expect(r.code).toBe(1);
  });

  it('--var-file changes the values; the finding goes away', async () => {
    expect((await cli('--rule', 'aws-rds-multi-az', 'infra')).code).toBe(1);
    expect((await cli('--rule', 'aws-rds-multi-az', '--var-file', 'infra/prod.tfvars', 'infra')).code).toBe(0);
  });

  it('--rule runs only matching rules (globs) and enables rules the config turned off; --skip-rule wins', async () => {
    const ruleIds = async (...argv: string[]) =>
      [
        ...new Set(
          JSON.parse((await cli('-f', 'json', ...argv, 'infra')).out).findings.map((f: { ruleId: string }) => f.ruleId),
        ),
      ].sort();
    const all = await ruleIds();
    expect(all).toContain('aws-rds-multi-az');
    expect(all.length).toBeGreaterThan(1);
    expect(await ruleIds('--rule', 'aws-rds-multi-*')).toEqual(['aws-rds-multi-az']);
    expect(await ruleIds('-c', 'off.yml', '--rule', 'aws-rds-multi-az')).toEqual(['aws-rds-multi-az']);
    expect(await ruleIds('--skip-rule', 'aws-rds-multi-az')).not.toContain('aws-rds-multi-az');
    expect(await ruleIds('--rule', 'aws-*', '--skip-rule', 'aws-rds-multi-az')).not.toContain('aws-rds-multi-az');
  });

  it('--no-config ignores the config file found upward', async () => {
    writeFileSync(join(dir, '.arch-lint.yml'), 'rules:\n  aws-rds-multi-az: "off"\n');
    try {
      const ids = async (...argv: string[]) =>
        JSON.parse((await cli('-f', 'json', ...argv, 'infra')).out).findings.map((f: { ruleId: string }) => f.ruleId);
      expect(await ids()).not.toContain('aws-rds-multi-az');
      expect(await ids('--no-config')).toContain('aws-rds-multi-az');
    } finally {
      rmSync(join(dir, '.arch-lint.yml'));
    }
  });

  it('--list-rules --format json lists every id with its effective severity', async () => {
    const r = await cli('--list-rules', '--format', 'json', '-c', 'off.yml');
    expect(r.code).toBe(0);
    const { rules } = JSON.parse(r.out) as { rules: { id: string; severity: string; origin: string }[] };
    expect(rules.map((x) => x.id)).toEqual(
      [...builtinRules.map((x) => x.meta.id), ...ENGINE_RULES.map((m) => m.id)].sort(),
    );
    expect(rules.find((x) => x.id === 'aws-rds-multi-az')?.severity).toBe('off');
    expect(rules.find((x) => x.id === 'parse-error')).toMatchObject({ origin: 'engine', severity: 'error' });
  });
});

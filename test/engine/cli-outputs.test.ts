// Several reports in one run: `--format FORMAT[=FILE]` repeatable, `--output` for the one
// format without a file (docs/design.md, "CLI and exit codes").
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'arch-lint-outputs-'));
mkdirSync(join(dir, 'infra'));
writeFileSync(
  join(dir, 'infra/main.tf'),
  'provider "aws" {}\n\nresource "aws_db_instance" "db" {\n  engine   = "postgres"\n  multi_az = false\n}\n',
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCliCaptured(['--no-config', ...argv], dir);

function fresh(name: string): string {
  const sub = mkdtempSync(join(dir, 'out-'));
  return join(sub, name);
}

describe('--format FORMAT[=FILE], repeatable', () => {
  it('writes every report in one run: text to stdout, the others to their files, the same bytes as single runs', async () => {
    const sarif = fresh('arch-lint.sarif');
    const json = fresh('out.json');
    const r = await cli('infra', '--format', 'text', '--format', `sarif=${sarif}`, '-f', `json=${json}`);
    expect(r.code).toBe(1);
    expect(r.out).toBe((await cli('infra')).out);
    expect(readFileSync(sarif, 'utf8')).toBe((await cli('infra', '-f', 'sarif')).out);
    expect(readFileSync(json, 'utf8')).toBe((await cli('infra', '-f', 'json')).out);
    expect(JSON.parse(readFileSync(json, 'utf8')).findings.map((f: { ruleId: string }) => f.ruleId)).toContain(
      'aws-rds-multi-az',
    );
  });

  it('the format without a file goes to --output; those with one to their own file', async () => {
    const out = fresh('report.txt');
    const sarif = fresh('report.sarif');
    const r = await cli('infra', '-f', `sarif=${sarif}`, '-f', 'markdown', '-o', out);
    expect(r.out).toBe('');
    expect(readFileSync(out, 'utf8')).toBe((await cli('infra', '-f', 'markdown')).out);
    expect(JSON.parse(readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
  });

  it('only files: nothing on stdout', async () => {
    const json = fresh('a.json');
    const r = await cli('infra', '-f', `json=${json}`);
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(existsSync(json)).toBe(true);
  });

  it('a relative FILE is relative to the working directory', async () => {
    const r = await cli('infra', '-f', 'json=rel-report.json');
    expect(r.out).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'rel-report.json'), 'utf8')).version).toBe(1);
  });

  const usageCases: [string[], string][] = [
    [
      ['-f', 'json', '-f', 'sarif', 'infra'],
      'json and sarif would both be written to stdout: give all but one a file (--format sarif=FILE)',
    ],
    [
      ['-f', 'json', '-f', 'sarif', '-o', 'r.out', 'infra'],
      'json and sarif would both be written to --output r.out: give all but one a file (--format sarif=FILE)',
    ],
    [
      ['-f', 'json=r.json', '-o', 'r.out', 'infra'],
      '--output r.out: every --format already names its file (--format FORMAT=FILE)',
    ],
    [['-f', 'json=same', '-f', 'sarif=same', 'infra'], 'json and sarif would both be written to same'],
    [['-f', 'json=r.out', '-f', 'text', '-o', 'r.out', 'infra'], 'json and text would both be written to r.out'],
    [['-f', 'json=', 'infra'], "--format json=: the file name after '=' is empty"],
    [['-f', 'sariff=x.sarif', 'infra'], `unknown --format 'sariff' (did you mean "sarif"?)`],
    [['-f', 'json=no/such/dir/r.json', 'infra'], '--format json=no/such/dir/r.json: its directory does not exist'],
    [['-f', 'text', '-f', 'json=infra', 'infra'], '--format json=infra: is a directory'],
    [['--list-rules', '-f', 'json', '-f', 'text'], 'json and text would both be written to stdout'],
  ];
  it.each(usageCases)('usage error, exit 2, nothing written: %j', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.startsWith(`arch-lint: ${message}`)).toBe(true);
    expect(r.err.split('\n')).toHaveLength(2);
    expect(existsSync(join(dir, 'r.out'))).toBe(false);
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
    expect(existsSync(join(dir, 'same'))).toBe(false);
  });
});

describe('--list-rules writes where reports do', () => {
  it('to --output or to FORMAT=FILE, the same bytes as on stdout', async () => {
    const stdout = (await cli('--list-rules', '-f', 'json')).out;
    const a = fresh('rules.json');
    const b = fresh('rules2.json');
    expect(await cli('--list-rules', '-f', 'json', '-o', a)).toMatchObject({ code: 0, out: '' });
    expect(await cli('--list-rules', '-f', `json=${b}`)).toMatchObject({ code: 0, out: '' });
    expect(readFileSync(a, 'utf8')).toBe(stdout);
    expect(readFileSync(b, 'utf8')).toBe(stdout);
    expect((await cli('--list-rules', '-f', 'sarif')).code).toBe(2);
    expect((await cli('--list-rules', '-o', 'no/such/dir/x.txt')).err).toBe(
      'arch-lint: --output no/such/dir/x.txt: its directory does not exist\n',
    );
  });
});

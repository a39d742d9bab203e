// The pipeline end to end through lint(): the demo, determinism, exit codes, bad input,
// suppressions, stdin, workspace containment.
import { MISSION_CATEGORIES } from '../../src/findings/category.js';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import { UsageError } from '../../src/engine/lint-api.js';
import { REPORTERS } from '../../src/report/index.js';
import type { LintResult } from '../../src/engine/lint-api.js';
import { expectGolden } from '../support/golden.js';
import { REPO_DIR } from '../support/shared.js';
import { tempDir } from '../support/temp-dirs.js';

function json(result: LintResult): string {
  return REPORTERS.json(result.findings, {
    toolVersion: '0.0.0-test',
    rules: result.rules,
    summary: result.summary,
    source: (p) => result.sources.get(p),
    color: false,
  });
}

describe('the demo infrastructure', () => {
  it('reports the seeded problems, one category at least each, as the golden JSON says', async () => {
    const result = await lint({ paths: ['fixtures/demo'], cwd: REPO_DIR });
    expectGolden(join(REPO_DIR, 'test/golden/demo.json'), json(result));
    const categories = new Set(result.findings.map((f) => f.category));
    for (const c of MISSION_CATEGORIES) expect(categories, c).toContain(c);
    expect(result.exitCode).toBe(1);
    expect(result.internalErrors).toEqual([]);
  });

  it('gives byte-identical output whatever the order of the paths', async () => {
    const a = await lint({ paths: ['fixtures/demo/kubernetes', 'fixtures/demo/terraform'], cwd: REPO_DIR });
    const b = await lint({ paths: ['fixtures/demo/terraform', 'fixtures/demo/kubernetes'], cwd: REPO_DIR });
    expect(json(a)).toBe(json(b));
  });

  it('exit code follows failOn', async () => {
    const none = await lint({ paths: ['fixtures/demo'], cwd: REPO_DIR, failOn: 'none' });
    expect(none.exitCode).toBe(0);
    const clean = await lint({
      paths: ['fixtures/demo/kubernetes/postgres.yaml'],
      cwd: REPO_DIR,
      onlyRules: ['k8s-container-resource-limits'],
    });
    expect(clean.findings).toEqual([]);
    expect(clean.exitCode).toBe(0);
  });
});

describe('bad input', () => {
  it('reports a syntax error with its position and still lints the other files', async () => {
    const result = await lint({ paths: ['fixtures/engine/broken'], cwd: REPO_DIR, onlyRules: ['aws-rds-multi-az'] });
    const parse = result.findings.filter((f) => f.ruleId === 'parse-error');
    expect(parse.map((f) => [f.file, f.line])).toEqual([
      ['fixtures/engine/broken/bad.tf', 3],
      ['fixtures/engine/broken/bad.yaml', 9],
    ]);
    expect(parse.every((f) => f.severity === 'error' && f.column >= 1)).toBe(true);
    const rds = result.findings.filter((f) => f.ruleId === 'aws-rds-multi-az');
    expect(rds.map((f) => f.resource)).toContain('aws_db_instance.good');
  });

  it('refuses binary, oversized and alias-bomb files with a reason, never silently', async () => {
    const dir = tempDir('lint');
    writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0x61, 0x00, 0x62, 0xff]));
    writeFileSync(join(dir, 'huge.tf'), `# ${'x'.repeat(2048)}\n`);
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++)
      laughs.push(
        `${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9)
          .fill(`*${'abcdefghi'[i - 1]}`)
          .join(',')}]`,
      );
    writeFileSync(join(dir, 'bomb.yaml'), `${laughs.join('\n')}\n`);
    writeFileSync(join(dir, '.arch-lint.yml'), 'limits:\n  maxFileBytes: 1024\n');
    const result = await lint({ paths: ['.'], cwd: dir });
    const byFile = new Map(result.findings.filter((f) => f.ruleId === 'parse-error').map((f) => [f.file, f.message]));
    expect(byFile.get('binary.yaml')).toMatch(/binary/);
    expect(byFile.get('huge.tf')).toMatch(/too large/);
    expect(byFile.get('bomb.yaml')).toMatch(/alias/i);
  });

  it('never follows a symlink out of the workspace root', async () => {
    const outside = tempDir('lint');
    writeFileSync(join(outside, 'secret.tf'), 'resource "aws_db_instance" "x" {\n  multi_az = false\n}\n');
    const root = tempDir('lint');
    mkdirSync(join(root, 'infra'));
    symlinkSync(outside, join(root, 'infra', 'linked'));
    const result = await lint({ paths: ['.'], cwd: root, root });
    expect(result.findings.filter((f) => f.file.includes('secret'))).toEqual([]);
    expect(result.skipped.map((s) => s.file)).toContain('infra/linked');
  });

  it('rejects an invalid config as a usage error naming file, line and key', async () => {
    const dir = tempDir('lint');
    writeFileSync(join(dir, '.arch-lint.yml'), 'rules:\n  aws-rds-multi-az: loud\n');
    await expect(lint({ paths: ['.'], cwd: dir })).rejects.toThrow(UsageError);
    await expect(lint({ paths: ['.'], cwd: dir })).rejects.toThrow(/\.arch-lint\.yml:2:\d+: rules\.aws-rds-multi-az/);
  });
});

describe('suppressions', () => {
  it('honours inline comments and annotations, and reports the stale one', async () => {
    const result = await lint({
      paths: ['fixtures/engine/suppressed'],
      cwd: REPO_DIR,
      onlyRules: ['aws-rds-multi-az', 'k8s-container-resource-limits'],
    });
    const ids = result.findings.map((f) => `${f.ruleId} ${f.resource ?? ''} ${f.line}`);
    expect(ids).toEqual(['aws-rds-multi-az aws_db_instance.orders 11', 'unused-suppression  14']);
  });
});

describe('fingerprints', () => {
  it('stay the same when the finding moves to another line', async () => {
    const text = readFileSync(join(REPO_DIR, 'fixtures/engine/broken/good.tf'), 'utf8');
    const dir = tempDir('lint');
    writeFileSync(join(dir, 'main.tf'), text);
    const before = await lint({ paths: ['.'], cwd: dir, onlyRules: ['aws-rds-multi-az'] });
    writeFileSync(join(dir, 'main.tf'), `# moved down\n\n${text}`);
    const after = await lint({ paths: ['.'], cwd: dir, onlyRules: ['aws-rds-multi-az'] });
    expect(after.findings.map((f) => f.line)).toEqual(before.findings.map((f) => f.line + 2));
    expect(after.findings.map((f) => f.fingerprint)).toEqual(before.findings.map((f) => f.fingerprint));
    expect(before.findings.length).toBeGreaterThan(0);
  });
});

describe('stdin', () => {
  it('lints a YAML stream read from stdin as <stdin>', async () => {
    const stdin =
      '# Source: app/templates/deploy.yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n';
    const result = await lint({ paths: ['-'], cwd: REPO_DIR, stdin, onlyRules: ['k8s-container-resource-limits'] });
    expect(result.findings.map((f) => [f.file, f.line, f.column, f.resource])).toEqual([
      ['<stdin>', 8, 13, 'Pod/default/web'],
    ]);
  });
});

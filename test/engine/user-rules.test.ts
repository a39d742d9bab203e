// The user's declarative rules (config `rulesDir`): validated before anything runs,
// then run like built-in rules; unknown values are never flagged.
import { describe, expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import { REPO_DIR } from '../support/shared.js';

const ONLY = ['rds-storage-encrypted', 'deployment-revision-history'];

describe('declarative user rules', () => {
  it('reports known violations at the attribute or the block header, with fixes', async () => {
    const result = await lint({
      paths: ['fixtures/engine/user-rules/infra'],
      cwd: REPO_DIR,
      configPath: 'fixtures/engine/user-rules/.arch-lint.yml',
      onlyRules: ONLY,
    });
    const got = result.findings.map((f) => [
      f.ruleId,
      f.resource,
      f.line,
      f.column,
      f.endLine,
      f.endColumn,
      f.fix?.replacements[0].text,
    ]);
    expect(got).toEqual([
      ['deployment-revision-history', 'Deployment/default/web', 2, 7, 2, 17, undefined],
      ['rds-storage-encrypted', 'aws_db_instance.plain', 5, 1, 5, 35, '\n  storage_encrypted = true'],
      ['rds-storage-encrypted', 'aws_db_instance.off', 13, 3, 13, 28, 'true'],
    ]);
    expect(result.findings[1].message).toBe(
      'aws_db_instance.plain stores its data unencrypted: set storage_encrypted = true.',
    );
    expect(result.rules.map((r) => r.id)).toEqual(expect.arrayContaining(ONLY));
  });

  it('refuses invalid rule files with file, line and what is wrong', async () => {
    const run = lint({
      paths: ['fixtures/engine/user-rules/infra'],
      cwd: REPO_DIR,
      configPath: 'fixtures/engine/user-rules-invalid/.arch-lint.yml',
    });
    await expect(run).rejects.toThrow(
      /fixtures\/engine\/user-rules-invalid\/rules\/bad\.yml:1:\d+: id must match pattern/,
    );
    await expect(
      lint({
        paths: ['fixtures/engine/user-rules/infra'],
        cwd: REPO_DIR,
        configPath: 'fixtures/engine/user-rules-invalid/.arch-lint.yml',
      }),
    ).rejects.toThrow(/bad\.yml:3:\d+: severity must be equal to one of the allowed values/);
  });

  it('matches with RE2 semantics: a catastrophic pattern runs in linear time', async () => {
    const started = performance.now();
    const result = await lint({
      paths: ['fixtures/engine/user-rules-regex/infra'],
      cwd: REPO_DIR,
      configPath: 'fixtures/engine/user-rules-regex/.arch-lint.yml',
      onlyRules: ['db-identifier-letters'],
    });
    expect(result.findings.map((f) => [f.ruleId, f.resource, f.line, f.column])).toEqual([
      ['db-identifier-letters', 'aws_db_instance.hostile', 2, 3],
    ]);
    // A safety bound against catastrophic backtracking (minutes), not a benchmark.
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('refuses a pattern that does not compile at load, naming the rule file, line and column', async () => {
    await expect(
      lint({
        paths: ['fixtures/engine/user-rules-regex/infra'],
        cwd: REPO_DIR,
        configPath: 'fixtures/engine/user-rules-bad-regex/.arch-lint.yml',
      }),
    ).rejects.toThrow(
      /fixtures\/engine\/user-rules-bad-regex\/rules\/bad\.yml:9:12: assert\.matches is not a valid RE2 regular expression: .*missing closing \)/,
    );
  });
});

// The user's declarative rules (config `rulesDir`): validated before anything runs,
// then run like built-in rules; unknown values are never flagged.
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, REPORTERS } from '../../src/report/index.js';
import { lint } from '../support/lint.js';
import { runCliCaptured } from '../support/cli.js';
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

  it('refuses invalid rule files: file:line:col, the key and the rule named, a did-you-mean, exit 2', async () => {
    const { code, err } = await runCliCaptured(
      ['-c', 'fixtures/engine/user-rules-invalid/.arch-lint.yml', 'fixtures/engine/user-rules/infra'],
      REPO_DIR,
    );
    expect(code).toBe(2);
    const at = 'fixtures/engine/user-rules-invalid/rules';
    expect(err).toBe(
      [
        'arch-lint: invalid rule files:',
        `${at}/bad.yml:1:1: id in rule "Bad_Id": must match ^[a-z0-9]+(-[a-z0-9]+)*$`,
        `${at}/bad.yml:3:1: severity in rule "Bad_Id": must be one of error, warning, note (got "fatal")`,
        `${at}/bad.yml:7:1: assert in rule "Bad_Id" needs a check besides path: equals, in, notIn, present, matches or min`,
        `${at}/typos.yml:10:7: unknown key "assert.matchs" in rule "foo" (did you mean "matches"?)`,
        `${at}/typos.yml:11:5: rule "bar": missing required key "message"`,
        `${at}/typos.yml:15:5: unknown key "mesage" in rule "bar" (did you mean "message"?)`,
        `${at}/typos.yml:16:5: target in rule "bar" names one of terraform or kubernetes, not both`,
        `${at}/typos.yml:18:5: docsUrl in rule "bar": must match ^https?://`,
        `${at}/typos.yml:19:5: rule #3: missing required key "id"`,
        `${at}/typos.yml:20:5: severity in rule #3: must be one of error, warning, note (got "warn"; did you mean "warning"?)`,
        `${at}/typos.yml:23:15: target.terraform in rule #3: must be a string (got a list)`,
        `${at}/typos.yml:23:15: target.terraform in rule #3: must not be an empty list`,
        `${at}/typos.yml:24:5: assert in rule #3 needs a check besides path: equals, in, notIn, present, matches or min`,
        '',
      ].join('\n'),
    );
  });

  it("link to the rule's own docsUrl, or to nothing: never to a built-in docs page", async () => {
    const result = await lint({
      paths: ['fixtures/engine/user-rules/infra'],
      cwd: REPO_DIR,
      configPath: 'fixtures/engine/user-rules/.arch-lint.yml',
      onlyRules: ONLY,
    });
    const urls = new Map(result.findings.map((f) => [f.ruleId, f.docsUrl]));
    expect(urls.get('rds-storage-encrypted')).toBe('https://wiki.example.com/arch/rds-storage-encrypted');
    expect(urls.has('deployment-revision-history')).toBe(true);
    expect(urls.get('deployment-revision-history')).toBeUndefined();
    const ctx = {
      toolVersion: '0',
      rules: result.rules,
      summary: result.summary,
      source: (p: string) => result.sources.get(p),
      color: false,
    };
    for (const format of FORMAT_NAMES) {
      const out = REPORTERS[format](result.findings, ctx);
      expect(out, format).not.toContain('docs/rules/deployment-revision-history');
      expect(out, format).not.toContain('docs/rules/rds-storage-encrypted');
    }
    expect(REPORTERS.text(result.findings, ctx)).toContain('docs: https://wiki.example.com/arch/rds-storage-encrypted');
    const sarif = JSON.parse(REPORTERS.sarif(result.findings, ctx));
    const rules = sarif.runs[0].tool.driver.rules;
    expect(rules.find((r: { id: string }) => r.id === 'rds-storage-encrypted').helpUri).toBe(
      'https://wiki.example.com/arch/rds-storage-encrypted',
    );
    expect(rules.find((r: { id: string }) => r.id === 'deployment-revision-history').helpUri).toBeUndefined();
    const json = JSON.parse(REPORTERS.json(result.findings, ctx));
    const revision = json.findings.find((f: { ruleId: string }) => f.ruleId === 'deployment-revision-history');
    expect(Object.keys(revision)).not.toContain('docsUrl');
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
      /fixtures\/engine\/user-rules-bad-regex\/rules\/bad\.yml:9:12: assert\.matches in rule "[a-z-]+" is not a valid RE2 regular expression: .*missing closing \)/,
    );
  });
});

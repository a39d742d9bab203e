// `terraform validate` as an oracle for the AWS rule fixtures: realistic fixtures are
// ones the real provider accepts. Needs terraform on PATH and the hashicorp/aws 5.100.0
// filesystem mirror (../shared/provider-schemas/README.md); skips cleanly without them.
// Fixtures that need google/azurerm/kubernetes providers or registry modules cannot be
// installed offline and are listed once, with why.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { fixtureCases, fixtureRuleIds, type FixtureCase } from './support/fixture-cases.js';
import { classifyCase, satisfies, type Classified } from './support/terraform-cases.js';
import { findAwsMirror, hasTerraform, validateCases, type CaseResult } from './support/terraform-validate.js';
import { expectNoProblems } from './support/problems.js';

const mirror = findAwsMirror();
const terraform = mirror !== undefined && hasTerraform();
const skipWhy = !mirror
  ? 'no hashicorp/aws 5.100.0 filesystem mirror found'
  : !terraform
    ? 'terraform is not on PATH'
    : '';
if (skipWhy) console.warn(`[terraform-validate] skipped: ${skipWhy}`);

const ruleIds = [...new Set([...builtinRules.map((r) => r.meta.id), ...fixtureRuleIds()])].sort();
const classified: Classified[] = ruleIds.flatMap((id) =>
  [...fixtureCases(id, 'pass'), ...fixtureCases(id, 'fail')].map((c) => classifyCase(c)),
);
const awsCases = classified.filter((c): c is Extract<Classified, { kind: 'aws' }> => c.kind === 'aws');
const skipped = classified.filter((c): c is Extract<Classified, { kind: 'skip' }> => c.kind === 'skip');

(terraform ? describe : describe.skip)('terraform validate on the AWS rule fixtures', () => {
  let results = new Map<string, CaseResult>();

  // A deliberately broken case rides along in the same run: proof that errors inside a
  // case are found and attributed to it (file, line, column).
  const selfCheck: FixtureCase = {
    ruleId: '(self-check)',
    kind: 'fail',
    path: 'self-check/with-variable',
    isDirectory: true,
  };
  let selfCheckDir = '';

  beforeAll(() => {
    selfCheckDir = mkdtempSync(join(tmpdir(), 'arch-lint-tf-self-check-'));
    mkdirSync(join(selfCheckDir, selfCheck.path), { recursive: true });
    writeFileSync(
      join(selfCheckDir, selfCheck.path, 'main.tf'),
      'variable "engine" {\n  type = string\n}\n\nresource "aws_db_instance" "db" {\n  engine         = var.engine\n  instance_class = "db.t3.micro"\n  multi_azz      = true\n}\n',
    );
    const self = classifyCase(selfCheck, selfCheckDir);
    if (self.kind !== 'aws') throw new Error(`self-check case not classified as AWS: ${JSON.stringify(self)}`);
    results = new Map(validateCases([...awsCases, self], mirror!).map((r) => [r.path, r]));
  }, 180_000);

  afterAll(() => {
    if (selfCheckDir) rmSync(selfCheckDir, { recursive: true, force: true });
    if (skipped.length === 0) return;
    const byReason = new Map<string, string[]>();
    for (const s of skipped) {
      const reason =
        s.reason.startsWith('uses provider') || s.reason.startsWith('calls module')
          ? s.reason.replace(/ (\S+) from /, ' from ')
          : s.reason;
      byReason.set(reason, [...(byReason.get(reason) ?? []), s.fixture.path]);
    }
    const lines = [...byReason]
      .sort()
      .map(
        ([reason, paths]) =>
          `  ${reason}: ${paths.length} case${paths.length === 1 ? '' : 's'} (${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ', ...' : ''})`,
      );
    console.warn(
      `[terraform-validate] validated ${awsCases.length} AWS fixture cases; skipped ${skipped.length} that need what is not installable offline:\n${lines.join('\n')}`,
    );
  });

  it('has AWS fixture cases to validate', () => {
    expect(awsCases.length).toBeGreaterThan(0);
  });

  it('finds an error inside a case and attributes it to the case, file and position', () => {
    const errors = results.get(selfCheck.path)?.errors ?? [];
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^self-check\/with-variable\/main\.tf:8:3: Unsupported argument/);
  });

  it('attributes every error to a fixture case', () => {
    expectNoProblems(results.get('(generated root)')?.errors ?? [], 'terraform errors no fixture case owns');
  });

  for (const c of awsCases) {
    it(`${c.fixture.path} is valid`, () => {
      expect(results.has(c.fixture.path), 'validated').toBe(true);
      expectNoProblems(results.get(c.fixture.path)?.errors ?? [], `terraform validate rejects ${c.fixture.path}`);
    });
  }
});

describe('provider version constraints', () => {
  it('follows Terraform constraint syntax', () => {
    expect(satisfies('5.100.0', '~> 5.0')).toBe(true);
    expect(satisfies('5.100.0', '~> 4.0')).toBe(false);
    expect(satisfies('5.100.0', '~> 5.100.0')).toBe(true);
    expect(satisfies('5.100.0', '~> 5.99.0')).toBe(false);
    expect(satisfies('5.100.0', '>= 4.9, < 6.0')).toBe(true);
    expect(satisfies('5.100.0', '>= 6.0')).toBe(false);
    expect(satisfies('5.100.0', '= 5.100.0')).toBe(true);
    expect(satisfies('5.100.0', '5.99.1')).toBe(false);
    expect(satisfies('5.100.0', '!= 5.100.0')).toBe(false);
    expect(satisfies('5.100.0', '~> 5')).toBe(true);
  });
});

// Table-driven rule tests on real fixture files (ESLint's RuleTester, for arch-lint):
// every valid path yields no finding of the rule; every invalid path yields exactly
// the listed findings, with exact ranges.
import { describe, expect, it } from 'vitest';
import { lint } from './lint.js';
import type { Finding } from '../../src/findings/finding.js';
import { REPO_DIR } from './shared.js';

export interface ExpectedFinding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Resource id (docs/design.md, "Resource ids"), when the rule reports one. */
  resource?: string;
  /** A substring the message must contain. */
  message?: string;
  /** Reported file when it is not the case's path (directory cases). */
  file?: string;
  /** Expected text of the fix's first replacement, when the finding must be fixable. */
  fixText?: string;
}

export interface InvalidCase {
  /** A fixture file or directory, relative to the repository root. */
  path: string;
  findings: ExpectedFinding[];
}

export interface RuleCases {
  /** Fixture files or directories, relative to the repository root, that must pass. */
  valid: string[];
  invalid: InvalidCase[];
  /** Rule options, as in `.arch-lint.yml`. */
  options?: Record<string, unknown>;
}

export async function lintForRule(ruleId: string, path: string, options?: Record<string, unknown>): Promise<Finding[]> {
  const result = await lint({
    paths: [path],
    cwd: REPO_DIR,
    onlyRules: [ruleId],
    ruleOptions: options ? { [ruleId]: options } : undefined,
  });
  const parseErrors = result.findings.filter((f) => f.ruleId === 'parse-error');
  expect(parseErrors, `parse errors in fixture ${path}`).toEqual([]);
  return result.findings.filter((f) => f.ruleId === ruleId);
}

export function ruleTester(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    for (const path of cases.valid) {
      it(`passes ${path}`, async () => {
        const found = await lintForRule(ruleId, path, cases.options);
        expect(found.map(describeFinding)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`fails ${c.path}`, async () => {
        const found = await lintForRule(ruleId, c.path, cases.options);
        const actual = found.map((f, i) => pick(f, c.findings[i]));
        expect(actual).toEqual(c.findings.map((e) => ({ ...e, file: e.file ?? c.path })));
      });
    }
  });
}

/** Project a finding onto the keys the expectation names, so tests state only what matters. */
function pick(f: Finding, expected: ExpectedFinding | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    file: f.file,
  };
  if (!expected) return { ...out, message: f.message, resource: f.resource };
  if (expected.resource !== undefined) out.resource = f.resource;
  if (expected.message !== undefined) out.message = f.message.includes(expected.message) ? expected.message : f.message;
  if (expected.fixText !== undefined) out.fixText = f.fix?.replacements[0]?.text;
  return out;
}

function describeFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`;
}

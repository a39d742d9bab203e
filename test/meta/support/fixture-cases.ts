// The fixture cases of a rule: each file or directory directly under
// fixtures/rules/<id>/pass and /fail is one case (a directory holds a multi-file case).

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_DIR } from '../../support/shared.js';

export type CaseKind = 'pass' | 'fail';

export interface FixtureCase {
  ruleId: string;
  kind: CaseKind;
  /** Relative to the repository root, '/' separators. */
  path: string;
  isDirectory: boolean;
}

export function fixtureDir(ruleId: string, kind: CaseKind): string {
  return `fixtures/rules/${ruleId}/${kind}`;
}

export function fixtureCases(ruleId: string, kind: CaseKind): FixtureCase[] {
  const dir = fixtureDir(ruleId, kind);
  const abs = join(REPO_DIR, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => ({ ruleId, kind, path: `${dir}/${name}`, isDirectory: statSync(join(abs, name)).isDirectory() }));
}

/** Every rule fixture directory under fixtures/rules, including those of rules not (yet) registered. */
export function fixtureRuleIds(): string[] {
  const abs = join(REPO_DIR, 'fixtures/rules');
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((name) => statSync(join(abs, name)).isDirectory())
    .sort();
}

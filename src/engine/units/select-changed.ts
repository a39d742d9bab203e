// Changed-units mode: a change (`--diff-base`, the Action on a pull request) is linted on
// the units it touches and those depending on them (src/engine/units/select.ts), on both
// sides. A change to what judges the files (the config, a rules folder, a variables file)
// can move any finding: then every unit is linted.

import { resolve } from 'node:path';
import type { FileChange } from '../../git/repo.js';
import { displayPath } from '../../read/discover.js';
import type { LintOptions, Policy } from '../lint-api.js';
import type { FileFacts } from './scan.js';
import type { UnitScope } from './scope.js';
import { changedUnits } from './select.js';

const CONFIG_NAME = /(^|\/)\.arch-lint\.ya?ml$/;

/** Display paths a change touches on either side (both names of a renamed file). */
export function changedPaths(changes: readonly FileChange[]): string[] {
  return [...new Set(changes.flatMap((c) => (c.previousPath !== undefined ? [c.path, c.previousPath] : [c.path])))];
}

/** Why the change needs every unit linted (it touches the policy), or undefined when it does not. */
export function policyTouched(
  paths: readonly string[],
  policy: Policy,
  options: Pick<LintOptions, 'cwd' | 'configPath' | 'varFiles'>,
): string | undefined {
  const cwd = resolve(options.cwd);
  const show = (abs: string) => displayPath(cwd, resolve(cwd, abs));
  const files = new Set<string>(
    [policy.config.file, options.configPath, ...policy.config.varFiles, ...(options.varFiles ?? [])]
      .filter((f): f is string => f !== undefined && f !== '')
      .map(show),
  );
  const rulesDir = policy.config.rulesDir === undefined ? undefined : show(policy.config.rulesDir);
  const hit = paths.find(
    (p) =>
      CONFIG_NAME.test(p) ||
      files.has(p) ||
      (rulesDir !== undefined && (rulesDir === '.' || p === rulesDir || p.startsWith(`${rulesDir}/`))),
  );
  return hit === undefined ? undefined : `the change touches ${hit}, which judges every file`;
}

/**
 * The scope of one side: the units the change touches on this side, plus `also` (those
 * the other side selected, so both sides lint the same units). `seen` receives those this
 * side has (a unit only the other side has changes nothing here: no second run for it).
 * `within` (a `--shard`) keeps only its own units of those.
 */
export function changedScope(
  paths: readonly string[],
  also: ReadonlySet<string>,
  seen: Set<string>,
  within?: UnitScope,
  cache?: UnitScope['cache'],
): UnitScope {
  return {
    mode: 'changed',
    ...(cache ? { cache } : {}),
    related: true,
    ...(within?.shard !== undefined ? { shard: within.shard } : {}),
    select(plan) {
      const selected = changedUnits(plan, paths);
      for (const id of also) selected.add(id);
      for (const id of selected) if (plan.units.has(id)) seen.add(id);
      if (!within) return selected;
      const mine = within.select(plan);
      return new Set([...selected].filter((id) => mine.has(id)));
    },
  };
}

/** Plan facts shared by the two sides: a file the change does not touch reads the same on both. */
export function sharedPlanCache(paths: readonly string[]): NonNullable<UnitScope['cache']> {
  const touched = new Set(paths);
  // Whether YAML is read for `# Source:` lines depends on charts existing: a Chart.yaml added
  // or removed changes what every YAML file tells.
  const charts = paths.some((p) => /(^|\/)Chart\.ya?ml$/.test(p));
  return {
    facts: new Map<string, FileFacts | null>(),
    stale: (p) => touched.has(p) || (charts && /\.ya?ml$/.test(p)),
  };
}

// Lints a change: the newer side (a commit, or the working tree) and the older side (a
// commit) under one policy, then splits the findings into new / existing / fixed. Shared by
// `arch-lint --diff-base` and the GitHub Action; neither side is checked out.

import { realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { findingDelta, type FindingDelta } from '../findings/delta.js';
import { GitRepo, renameMap, untrackedFiles, type FileChange } from '../git/repo.js';
import { treeSource } from '../git/tree-source.js';
import { displayPath } from '../read/discover.js';
import { diskSource, type FileSource } from '../read/file-source.js';
import type { LintOptions, LintResult } from './lint-api.js';
import { loadPolicy, type Policy } from './policy.js';
import { changedPaths, changedScope, policyTouched, sharedPlanCache } from './units/select-changed.js';

export interface ChangeLint {
  head: LintResult;
  base: LintResult;
  delta: FindingDelta;
  /** Files the change touches, with display paths (relative to cwd). */
  changes: FileChange[];
  policy: Policy;
  /** Lines for the user (changed-units mode linting everything, and why). */
  notes: string[];
}

export interface ChangeSides {
  repo: GitRepo;
  /** Older side. */
  baseSha: string;
  /** Newer side; undefined for the working tree. */
  headSha?: string;
  /** Where the policy is read from (default: the newer side). */
  policyFrom?: 'base' | 'head';
  /**
   * Changed-units mode: lint only the units the change touches and those depending on
   * them, the same units on both sides (src/engine/units/select-changed.ts).
   */
  changedOnly?: boolean;
}

type Lint = (options: LintOptions) => Promise<LintResult>;

/** The repository root expressed under `cwd`'s spelling of the path (symlinked temp dirs, /private on macOS). */
export function rootUnder(repo: GitRepo, cwd: string): string {
  try {
    return resolve(cwd, relative(realpathSync(cwd), repo.root));
  } catch {
    return repo.root;
  }
}

export async function commitSource(repo: GitRepo, sha: string, cwd: string): Promise<FileSource> {
  return treeSource(await repo.tree(sha), rootUnder(repo, cwd));
}

export async function lintChange(options: LintOptions, sides: ChangeSides, lint: Lint): Promise<ChangeLint> {
  const cwd = resolve(options.cwd);
  const { repo, baseSha, headSha } = sides;
  // The working tree as `options.source` gives it (`--fix` passes its fixed texts), else from disk.
  const headSource = headSha ? await commitSource(repo, headSha, cwd) : (options.source ?? diskSource(options.root));
  const baseSource = await commitSource(repo, baseSha, cwd);
  const policy =
    options.policy ??
    (await loadPolicy(
      { ...options, paths: options.paths.length > 0 ? options.paths : ['.'] },
      cwd,
      sides.policyFrom === 'base' ? baseSource : headSource,
    ));
  // Every chart is rendered at the head; at the base only those whose inputs differ (the
  // charts the change touches): the others reuse the head's rendering.
  const helmRenders = options.helmRenders ?? new Map();
  const root = rootUnder(repo, cwd);
  const show = (p: string) => displayPath(cwd, join(root, p));
  const changes = (await repo.changes(baseSha, headSha)).map((c) => ({
    ...c,
    path: show(c.path),
    ...(c.previousPath !== undefined ? { previousPath: show(c.previousPath) } : {}),
  }));
  // The working tree's new files are changes too (git diff lists tracked files only).
  const untracked = headSha || !sides.changedOnly ? [] : (await untrackedFiles(repo)).map(show);
  const paths = [...changedPaths(changes), ...untracked];
  const notes: string[] = [];
  const everything = sides.changedOnly ? policyTouched(paths, policy, options) : undefined;
  if (everything) notes.push(`Changed-units mode lints every unit: ${everything}.`);
  let head: LintResult;
  let base: LintResult;
  if (!sides.changedOnly || everything) {
    head = await lint({ ...options, source: headSource, policy, helmRenders });
    base = await lint({ ...options, source: baseSource, policy, helmRenders });
  } else {
    // Both sides lint the same units: the head's selection is added to the base's, and the
    // head is linted again in the rare case the base selects more (a dependency the change removed).
    const cache = sharedPlanCache(paths);
    const atHead = new Set<string>();
    const atBase = new Set<string>();
    const headWith = (also: Set<string>) =>
      lint({
        ...options,
        source: headSource,
        policy,
        helmRenders,
        scope: changedScope(paths, also, atHead, options.scope, cache),
      });
    head = await headWith(new Set());
    base = await lint({
      ...options,
      source: baseSource,
      policy,
      helmRenders,
      scope: changedScope(paths, atHead, atBase, options.scope, cache),
    });
    if ([...atBase].some((id) => !atHead.has(id))) head = await headWith(atBase);
  }
  const delta = findingDelta(head.findings, base.findings, renameMap(changes));
  return { head, base, delta, changes, policy, notes };
}

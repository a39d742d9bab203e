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
  // The git processes run at once (each costs its start-up): both trees, the changed files,
  // and the working tree's new files (git diff lists tracked files only).
  const [headSource, baseSource, diff, untrackedRaw] = await Promise.all([
    // The working tree as `options.source` gives it (`--fix` passes its fixed texts), else from disk.
    headSha ? commitSource(repo, headSha, cwd) : (options.source ?? diskSource(options.root)),
    commitSource(repo, baseSha, cwd),
    repo.changes(baseSha, headSha),
    headSha || !sides.changedOnly ? [] : untrackedFiles(repo),
  ]);
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
  const changes = diff.map((c) => ({
    ...c,
    path: show(c.path),
    ...(c.previousPath !== undefined ? { previousPath: show(c.previousPath) } : {}),
  }));
  const untracked = untrackedRaw.map(show);
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
    // Both sides lint the same units. The base goes first: a commit is read in one batch
    // from git, and the head (often the working tree, read file by file) then reuses the
    // plan facts of every file the change does not touch. The base's selection is added to
    // the head's, and the base is linted again in the rare case the head selects more (a
    // dependency the change adds between units the base has).
    const cache = sharedPlanCache(paths);
    const atHead = new Set<string>();
    const atBase = new Set<string>();
    const baseWith = (also: Set<string>) =>
      lint({
        ...options,
        source: baseSource,
        policy,
        helmRenders,
        scope: changedScope(paths, also, atBase, options.scope, cache),
      });
    base = await baseWith(new Set());
    head = await lint({
      ...options,
      source: headSource,
      policy,
      helmRenders,
      scope: changedScope(paths, atBase, atHead, options.scope, cache),
    });
    if ([...atHead].some((id) => !atBase.has(id))) base = await baseWith(atHead);
  }
  const delta = findingDelta(head.findings, base.findings, renameMap(changes));
  return { head, base, delta, changes, policy, notes };
}

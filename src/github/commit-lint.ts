// The Action's lint: the change's head and base commits read from git objects (whatever
// the workspace holds: a merge commit, the base branch under pull_request_target), judged
// by one policy (the base's by default). When the objects are missing (a shallow clone)
// it says exactly what to set and lints the workspace instead, for annotations, the job
// summary and SARIF only: no review is posted from another tree's lines.

import { join, relative } from 'node:path';
import { lintChange, rootUnder } from '../engine/diff-base.js';
import type { LintOptions, LintResult, SuppressionSite } from '../engine/lint-api.js';
import { loadPolicy } from '../engine/policy.js';
import { configChanges, newSuppressions, type PolicyChange } from '../engine/policy-changes.js';
import { findingDelta, type FindingDelta } from '../findings/delta.js';
import { GitRepo, renameMap } from '../git/repo.js';
import { treeSource } from '../git/tree-source.js';
import type { Finding, Severity } from '../findings/finding.js';
import { builtinRules } from '../../rules/index.js';
import type { ChangeRefs } from './change-event.js';

export interface CommitRun {
  mode: 'commits';
  head: LintResult;
  headSha: string;
  /** Undefined when there is no older side (a new branch). */
  baseSha?: string;
  delta?: FindingDelta;
  policyChanges: PolicyChange[];
  suppressions: SuppressionSite[];
  /** Whether a path (relative to the workspace) is a file of the head commit. */
  inHead(path: string): boolean;
  notes: string[];
}

export interface WorkspaceRun {
  mode: 'workspace';
  head: LintResult;
  notes: string[];
}

export type ActionLint = CommitRun | WorkspaceRun;

type Lint = (options: LintOptions) => Promise<LintResult>;

export interface CommitLintInput {
  refs: ChangeRefs | undefined;
  eventName: string;
  pullNumber?: number;
  workspace: string;
  options: LintOptions;
  configFrom: 'base' | 'head';
  lint: Lint;
  /** Changed-units mode on the two commits (`gate: new`, `changed-units: true`). */
  changedOnly?: boolean;
}

export async function lintForAction(input: CommitLintInput): Promise<ActionLint> {
  const { refs, workspace, options, lint } = input;
  const fallback = async (why?: string): Promise<WorkspaceRun> => ({
    mode: 'workspace',
    head: await lint(options),
    notes: why
      ? [
          `${why} arch-lint linted the workspace instead: annotations, the job summary and the SARIF file only, no review ` +
            `(its lines could belong to another commit), and every finding counts (no base to compare with).`,
        ]
      : [],
  });
  if (!refs) return fallback();
  const repo = await GitRepo.open(workspace);
  if (!repo) return fallback('The workspace is not a git clone (run actions/checkout first).');
  const short = (sha: string) => sha.slice(0, 12);
  const setting = fetchAdvice(input.eventName, input.pullNumber);
  if (!(await repo.hasCommit(refs.head)))
    return fallback(`The head commit ${short(refs.head)} is not in the clone's git objects: ${setting}`);

  let baseSha: string | undefined;
  if (refs.baseTip) {
    if (!(await repo.hasCommit(refs.baseTip)))
      return fallback(
        `The base commit ${short(refs.baseTip)} is not in the clone's git objects (shallow clone): ${setting}`,
      );
    baseSha = await repo.mergeBase(refs.head, refs.baseTip);
    if (!baseSha || !(await repo.hasCommit(baseSha)))
      return fallback(
        `The history between ${short(refs.head)} and ${short(refs.baseTip)} is not in the clone (shallow clone): ${setting}`,
      );
  }

  const headTree = await repo.tree(refs.head);
  const root = rootUnder(repo, workspace);
  const inHead = (path: string) => {
    const rel = relative(root, join(workspace, path)).split('\\').join('/');
    return headTree.entry(rel) !== undefined;
  };
  const notes: string[] = [];
  if (!baseSha) {
    const head = await lint({ ...options, source: await treeSource(headTree, root) });
    notes.push(`No base commit to compare with (a new branch): every finding of ${short(refs.head)} counts.`);
    return { mode: 'commits', head, headSha: refs.head, policyChanges: [], suppressions: [], inHead, notes };
  }

  const change = await lintChange(
    options,
    { repo, baseSha, headSha: refs.head, policyFrom: input.configFrom, changedOnly: input.changedOnly === true },
    lint,
  );
  notes.push(...change.notes);
  const renames = renameMap(change.changes);
  // The other side's config, only to list what the change does to the policy.
  const headSource = await treeSource(headTree, root);
  const baseSource = await treeSource(await repo.tree(baseSha), root);
  let policyChanges: PolicyChange[] = [];
  try {
    const basePolicy = input.configFrom === 'base' ? change.policy : await loadPolicy(options, workspace, baseSource);
    const headPolicy = input.configFrom === 'head' ? change.policy : await loadPolicy(options, workspace, headSource);
    policyChanges = configChanges(basePolicy.config, headPolicy.config, DEFAULT_SEVERITY, workspace);
  } catch (error) {
    policyChanges = [
      {
        file: options.configPath ? relative(workspace, options.configPath) : '.arch-lint.yml',
        text: `the ${input.configFrom === 'base' ? 'pull request' : 'base'}'s policy cannot be loaded: ${error instanceof Error ? error.message : String(error)}`,
      },
    ];
  }
  const added = newSuppressions(change.head.suppressions, change.base.suppressions, renames);
  // A suppression the change adds silences its finding only with a reason (`-- why`): that
  // is how an author acknowledges one. Without, the finding is judged as if it were not there.
  const unexplained = unexplainedFindings(added, change.head.suppressions);
  let delta = change.delta;
  if (unexplained.length > 0) {
    delta = findingDelta([...change.head.findings, ...unexplained], change.base.findings, renames);
    notes.push(
      `${unexplained.length} finding(s) silenced by a suppression this change adds without a reason still count: ` +
        'write `arch-lint-ignore <rule-id> -- <reason>` to acknowledge one.',
    );
  }
  return {
    mode: 'commits',
    head: change.head,
    headSha: refs.head,
    baseSha,
    delta,
    policyChanges,
    suppressions: added,
    inHead,
    notes,
  };
}

/** Findings silenced only by added suppressions that give no reason. */
function unexplainedFindings(added: SuppressionSite[], all: SuppressionSite[]): Finding[] {
  const addedSet = new Set(added);
  const explained = new Set<Finding>();
  for (const s of all) if (!addedSet.has(s) || s.reason) for (const f of s.silenced) explained.add(f);
  const out = new Set<Finding>();
  for (const s of added) if (!s.reason) for (const f of s.silenced) if (!explained.has(f)) out.add(f);
  return [...out];
}

const DEFAULT_SEVERITY: ReadonlyMap<string, Severity> = new Map(builtinRules.map((r) => [r.meta.id, r.meta.severity]));

/** Exactly what to set so that the needed commits are in the clone. */
function fetchAdvice(eventName: string, pullNumber?: number): string {
  if (eventName === 'pull_request_target')
    return (
      'set `fetch-depth: 0` on actions/checkout and fetch the head without checking it out ' +
      `(\`git fetch --no-tags origin +refs/pull/${pullNumber ?? '<number>'}/head\`).`
    );
  if (eventName === 'pull_request')
    return 'set `fetch-depth: 0` on actions/checkout (with `ref: ${{ github.event.pull_request.head.sha }}`).';
  return 'set `fetch-depth: 0` on actions/checkout.';
}

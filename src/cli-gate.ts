// The CLI's ways to fail on what is new only: `--diff-base <ref>` (compare with the merge
// base of a git ref), `--baseline FILE` (ignore accepted findings) and `--write-baseline
// FILE` (accept the current ones). Each returns the findings to report, the exit code and
// the lines for stderr.

import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { applyBaseline, readBaseline, writeBaseline } from './findings/baseline.js';
import { SEVERITY_RANK, type Finding } from './findings/finding.js';
import { lintChange } from './engine/diff-base.js';
import { UsageError, type FailOn, type LintOptions, type LintResult } from './engine/lint-api.js';
import { GitRepo } from './git/repo.js';

export interface GateFlags {
  diffBase?: string;
  /** `--all-units`: with --diff-base, lint every unit instead of the changed ones. */
  allUnits?: boolean;
  baseline?: string;
  writeBaseline?: string;
}

export interface GatedRun {
  result: LintResult;
  /** What the report shows. */
  findings: Finding[];
  exitCode: 0 | 1;
  notes: string[];
}

type Lint = (options: LintOptions) => Promise<LintResult>;

export function isGated(flags: GateFlags): boolean {
  return flags.diffBase !== undefined || flags.baseline !== undefined || flags.writeBaseline !== undefined;
}

export async function gatedLint(flags: GateFlags, options: LintOptions, lint: Lint): Promise<GatedRun> {
  const given = (['diffBase', 'baseline', 'writeBaseline'] as const).filter((k) => flags[k] !== undefined);
  if (given.length > 1) throw new UsageError(`${given.map(flagName).join(' and ')} cannot be combined`);
  if (options.paths.includes('-')) throw new UsageError(`${flagName(given[0])} does not apply to stdin (-)`);
  if (flags.diffBase !== undefined) return diffBase(flags.diffBase, options, lint, !flags.allUnits);
  if (flags.baseline !== undefined) return withBaseline(flags.baseline, options, lint);
  return writeNewBaseline(flags.writeBaseline!, options, lint);
}

async function diffBase(ref: string, options: LintOptions, lint: Lint, changedOnly: boolean): Promise<GatedRun> {
  const repo = await GitRepo.open(options.cwd);
  if (!repo) throw new UsageError(`--diff-base needs a git repository: ${options.cwd} is not in one`);
  // Asked only to explain a failure: every git process costs start-up time.
  const shallow = async () =>
    (await repo.isShallow())
      ? ' This clone is shallow: fetch the history (`git fetch --unshallow`, or `fetch-depth: 0` in CI).'
      : '';
  const [target, head] = await repo.commits([ref, 'HEAD']);
  if (!target)
    throw new UsageError(`--diff-base: ${JSON.stringify(ref)} is not a commit in this repository.${await shallow()}`);
  if (!head) throw new UsageError('--diff-base: the repository has no commit yet');
  const baseSha = await repo.mergeBase(target, head);
  if (!baseSha) throw new UsageError(`--diff-base: HEAD and ${ref} have no common ancestor here.${await shallow()}`);
  // Changed-units mode: only the units the change touches and those depending on them.
  const change = await lintChange(options, { repo, baseSha, changedOnly }, lint).finally(() => repo.close());
  const failOn = options.failOn ?? change.head.failOn;
  const { delta } = change;
  const notes = [
    ...change.notes,
    `compared with ${ref} (merge base ${baseSha.slice(0, 12)}): ${delta.new.length} new, ${delta.existing.length} existing, ${delta.fixed.length} fixed finding(s).`,
    ...delta.fixed
      .slice(0, 20)
      .map((f) => `fixed: ${f.file}:${f.line} ${f.ruleId}${f.resource ? ` (${f.resource})` : ''}`),
    ...(delta.fixed.length > 20 ? [`fixed: …and ${delta.fixed.length - 20} more`] : []),
  ];
  return { result: change.head, findings: delta.new, exitCode: exitFor(delta.new, failOn), notes };
}

async function withBaseline(file: string, options: LintOptions, lint: Lint): Promise<GatedRun> {
  let text: string;
  try {
    text = await readFile(resolve(options.cwd, file), 'utf8');
  } catch (e) {
    throw new UsageError(`--baseline ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  const read = readBaseline(text);
  if (!read.ok) throw new UsageError(`--baseline ${file}: ${read.error}`);
  const result = await lint(options);
  const split = applyBaseline(result.findings, read.baseline);
  const notes = [
    `${split.accepted.length} finding(s) accepted by the baseline ${file}; ${split.fresh.length} not in it.`,
    ...(split.stale.length > 0
      ? [
          `${split.stale.length} baseline entr${split.stale.length === 1 ? 'y matches' : 'ies match'} no finding any more: run --write-baseline to drop them.`,
        ]
      : []),
  ];
  return { result, findings: split.fresh, exitCode: exitFor(split.fresh, options.failOn ?? result.failOn), notes };
}

async function writeNewBaseline(file: string, options: LintOptions, lint: Lint): Promise<GatedRun> {
  const result = await lint(options);
  try {
    await writeFile(resolve(options.cwd, file), writeBaseline(result.findings));
  } catch (e) {
    throw new UsageError(`--write-baseline ${file}: cannot be written (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  return {
    result,
    findings: result.findings,
    exitCode: 0,
    notes: [`wrote ${result.findings.length} finding(s) to the baseline ${file}.`],
  };
}

function exitFor(findings: Finding[], failOn: FailOn): 0 | 1 {
  if (failOn === 'none') return 0;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) ? 1 : 0;
}

function flagName(key: 'diffBase' | 'baseline' | 'writeBaseline'): string {
  return { diffBase: '--diff-base', baseline: '--baseline', writeBaseline: '--write-baseline' }[key];
}

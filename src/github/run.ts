// The Action, start to finish: inputs → lint the change's head and base commits (or the
// workspace when git objects are missing) → new / existing / fixed → SARIF → annotations →
// job summary → outputs → verdict, and only then the PR review (pull requests only, on the
// head commit's lines only). Everything the check needs is out before the first API call,
// and the verdict depends on findings only (the new ones with `gate: new`): a read-only
// token, a rate limit, a hung or failing API never fails or stalls the step.

import { SEVERITY_RANK, type Finding } from '../findings/finding.js';
import type { FailOn, LintOptions, LintResult } from '../engine/lint-api.js';
import { escapeMarkdown, JOB_SUMMARY_LIMIT, truncateMarkdown } from '../report/markdown-text.js';
import type { ReportContext, Reporter } from '../report/types.js';
import { omittedNote, pickAnnotations } from './annotations.js';
import { GitHubClient } from './client.js';
import { defaultGate, readChangeRefs } from './change-event.js';
import { lintForAction, type ActionLint } from './commit-lint.js';
import { readEvent } from './event.js';
import { blobLinker, failureMessage, gateSections, policyFinding, type GateView } from './gate-report.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { writeFileSafely } from './output-file.js';
import { publishReview, type PublishInput, type PublishOutcome } from './publish.js';
import { countsTable, verdictLine, verdictOf } from './summary.js';

/** Everything the Action does to the outside world besides GitHub API calls. */
export interface ActionIO {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  info(line: string): void;
  warning(line: string): void;
  /** Raw workflow commands (annotations). */
  stdout(text: string): void;
  appendJobSummary(markdown: string): Promise<void>;
}

export interface ActionDeps {
  io: ActionIO;
  env: NodeJS.ProcessEnv;
  lint: (options: LintOptions) => Promise<LintResult>;
  reporters: { sarif: Reporter; markdown: Reporter; github: Reporter };
  toolVersion: string;
}

export async function runAction({ io, env, lint, reporters, toolVersion }: ActionDeps): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const parsed = readInputs((name) => io.getInput(name), workspace);
  if (!parsed.ok) {
    io.setFailed(`arch-lint: invalid inputs:\n${parsed.errors.join('\n')}`);
    return;
  }
  const inputs = parsed.inputs;

  const event = readEvent(env);
  const refs = readChangeRefs(env, event);
  const gate = inputs.gate ?? defaultGate(refs);
  let run: ActionLint;
  try {
    run = await lintForAction({
      refs,
      eventName: event.name,
      ...(event.pull ? { pullNumber: event.pull.number } : {}),
      workspace,
      options: {
        paths: inputs.paths,
        cwd: workspace,
        root: workspace,
        failOn: inputs.failOn,
        ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
      },
      configFrom: inputs.configFrom,
      changedOnly: gate === 'new' && inputs.changedUnits,
      lint,
    });
  } catch (error) {
    io.setFailed(`arch-lint: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const result = run.head;
  const findings = result.findings;
  const delta = run.mode === 'commits' ? run.delta : undefined;
  // Without a base to compare with, every finding counts whatever `gate` says.
  const scope = gate === 'new' && delta ? 'new' : 'all';
  const counted = scope === 'new' ? delta!.new : findings;
  const ctx: ReportContext = {
    toolVersion,
    rules: result.rules,
    summary: result.summary,
    source: (path) => result.sources.get(path),
    color: false,
    skipped: result.skipped,
  };
  const verdict = verdictOf(counted, result.failOn, scope);
  const notes: string[] = [...result.notes, ...run.notes];
  const view: GateView | undefined =
    run.mode === 'commits'
      ? {
          gate: scope,
          headSha: run.headSha,
          ...(run.baseSha ? { baseSha: run.baseSha } : {}),
          ...(delta ? { delta } : {}),
          policyChanges: run.policyChanges,
          suppressions: run.suppressions,
          lineUrl: blobLinker(env, run.headSha),
          baseLineUrl: blobLinker(env, run.baseSha),
        }
      : undefined;
  const sections = view ? gateSections(view, 100) : undefined;

  // SARIF first: whatever happens next, every finding is in it.
  try {
    writeFileSafely(inputs.sarifFile.absolute, reporters.sarif(findings, ctx));
  } catch (error) {
    io.warning(
      `arch-lint could not write ${inputs.sarifFile.relative}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  if (event.problem) io.warning(`${inputs.name}: ${event.problem}`);
  if (event.note) notes.push(event.note);
  // A review is posted only from the head commit's own lines (never from the workspace's).
  const reviewing = event.pull !== undefined && inputs.review && inputs.token !== '' && run.mode === 'commits';
  if (event.pull && inputs.review && !inputs.token) notes.push('No `github-token`: no review was posted.');

  const picked = pickAnnotations(counted);
  io.stdout(reporters.github(picked.annotated, ctx));
  const omitted = omittedNote(picked.omitted);
  if (omitted) notes.push(omitted);

  try {
    await io.appendJobSummary(
      jobSummary(inputs.name, findings, verdict, notes, reporters.markdown(findings, ctx), reviewing, sections),
    );
  } catch (error) {
    io.warning(`arch-lint could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }

  io.setOutput('findings', String(findings.length));
  io.setOutput('errors', String(verdict.errors));
  io.setOutput('new', String(delta ? delta.new.length : findings.length));
  io.setOutput('existing', String(delta ? delta.existing.length : 0));
  io.setOutput('fixed', String(delta ? delta.fixed.length : 0));
  io.setOutput('sarif-file', inputs.sarifFile.relative);
  // A crashed rule is a bug in arch-lint: the other findings above still stand, but the step fails loudly.
  if (result.internalErrors.length > 0) io.setFailed(`arch-lint internal error:\n${result.internalErrors.join('\n')}`);
  else if (verdict.failed)
    io.setFailed(failureMessage(inputs.name, failingOf(counted, result.failOn), verdict.failOn, scope));

  if (!reviewing || !event.pull || run.mode !== 'commits') return;
  const policy = policyFinding(run.policyChanges, inputs.configFrom);
  const inHead = run.inHead;
  const review = await reviewWithin(inputs, {
    api: new GitHubClient(
      {
        token: inputs.token,
        baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
        log: io.info,
        requestTimeoutMs: inputs.requestTimeoutMs,
        deadline: Date.now() + inputs.reviewTimeoutMs,
      },
      { owner: event.pull.owner, repo: event.pull.repo, pullNumber: event.pull.number },
    ),
    name: inputs.name,
    author: inputs.commentAuthor,
    // Inline comments go to what the change introduces, and to the policy it relaxes.
    findings: [...(delta ? delta.new : findings), ...(policy ? [policy] : [])],
    verdict,
    source: (path) => result.sources.get(path),
    covered: (path) => result.sources.has(path) || !inHead(path),
    filterMode: inputs.filterMode,
    maxComments: inputs.maxComments,
    workspace,
    headSha: run.headSha,
    baseSha: run.baseSha ?? event.pull.baseSha,
    lintedSha: run.headSha,
    ...(sections ? { sections } : {}),
    log: io.info,
  });
  // Plain log lines (a warning would take one of the 10 annotation slots of its level).
  if (review.message) io.info(review.message);
  io.info(
    `${inputs.name} review: ${review.newComments} new inline comment(s), ${review.keptComments} kept, ` +
      `${review.deletedComments} deleted, ${review.markedFixed} marked fixed, ${review.resolvedThreads} thread(s) resolved, ` +
      `${review.notInline.length} finding(s) in the summary.`,
  );
  const after = [review.status !== 'posted' ? review.message : undefined, review.partialNote].filter(
    (n): n is string => n !== undefined,
  );
  if (after.length === 0) return;
  try {
    await io.appendJobSummary(`${after.map(noteBlock).join('\n\n')}\n`);
  } catch (error) {
    io.warning(`arch-lint could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The review, cut off at `review-timeout` even if something below ignores the deadline
 * (every request already stops there): the step never waits longer for GitHub.
 */
async function reviewWithin(inputs: ActionInputs, input: PublishInput): Promise<PublishOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<PublishOutcome>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          status: 'failed',
          message: `arch-lint stopped the review after ${inputs.reviewTimeoutMs / 1000}s (\`review-timeout\`). Findings are reported as annotations and in the job summary.`,
          newComments: 0,
          keptComments: 0,
          deletedComments: 0,
          markedFixed: 0,
          resolvedThreads: 0,
          notInline: [],
        }),
      inputs.reviewTimeoutMs + 1000,
    );
    timer.unref();
  });
  try {
    return await Promise.race([publishReview(input), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function failingOf(findings: Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'none') return [];
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

function noteBlock(note: string): string {
  return `> [!NOTE]\n> ${note.replace(/\n/g, '\n> ')}`;
}

export function jobSummary(
  name: string,
  findings: Finding[],
  verdict: ReturnType<typeof verdictOf>,
  notes: string[],
  table: string,
  reviewing: boolean,
  sections?: string[],
): string {
  const parts = [`## ${escapeMarkdown(name)}`, verdictLine(verdict, name), ...(sections ?? [countsTable(findings)])];
  for (const note of notes) parts.push(noteBlock(note));
  if (reviewing) parts.push('The pull request review is posted after this summary; a problem with it is noted below.');
  parts.push(table);
  return truncateMarkdown(
    `${parts.join('\n\n')}\n`,
    JOB_SUMMARY_LIMIT,
    "_Job summary truncated at GitHub's 1 MiB limit: every finding is in the SARIF file._\n",
  );
}

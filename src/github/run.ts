// The Action, start to finish: inputs → lint → SARIF → annotations → job summary →
// outputs → verdict, and only then the PR review (pull requests only). Everything the check
// needs is out before the first API call, and the verdict depends on findings only: a
// read-only token, a rate limit, a hung or failing API never fails or stalls the step.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../findings/finding.js';
import type { LintOptions, LintResult } from '../engine/lint-api.js';
import { escapeMarkdown, JOB_SUMMARY_LIMIT, truncateMarkdown } from '../report/markdown-text.js';
import type { ReportContext, Reporter } from '../report/types.js';
import { omittedNote, pickAnnotations } from './annotations.js';
import { GitHubClient } from './client.js';
import { readEvent, type EventInfo } from './event.js';
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

  let result: LintResult;
  try {
    result = await lint({
      paths: inputs.paths,
      cwd: workspace,
      root: workspace,
      failOn: inputs.failOn,
      ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
    });
  } catch (error) {
    io.setFailed(`arch-lint: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const findings = result.findings;
  const ctx: ReportContext = {
    toolVersion,
    rules: result.rules,
    summary: result.summary,
    source: (path) => result.sources.get(path),
    color: false,
    skipped: result.skipped,
  };
  const verdict = verdictOf(findings, result.failOn);
  const notes: string[] = [...result.notes];

  // SARIF first: whatever happens next, every finding is in it.
  try {
    writeFileSafely(inputs.sarifFile.absolute, reporters.sarif(findings, ctx));
  } catch (error) {
    io.warning(
      `arch-lint could not write ${inputs.sarifFile.relative}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  const event = readEvent(env);
  if (event.problem) io.warning(`${inputs.name}: ${event.problem}`);
  if (event.note) notes.push(event.note);
  const reviewing = event.pull !== undefined && inputs.review && inputs.token !== '';
  if (event.pull && inputs.review && !inputs.token) notes.push('No `github-token`: no review was posted.');

  const picked = pickAnnotations(findings);
  io.stdout(reporters.github(picked.annotated, ctx));
  const omitted = omittedNote(picked.omitted);
  if (omitted) notes.push(omitted);

  try {
    await io.appendJobSummary(
      jobSummary(inputs.name, findings, verdict, notes, reporters.markdown(findings, ctx), reviewing),
    );
  } catch (error) {
    io.warning(`arch-lint could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }

  io.setOutput('findings', String(findings.length));
  io.setOutput('errors', String(verdict.errors));
  io.setOutput('sarif-file', inputs.sarifFile.relative);
  // A crashed rule is a bug in arch-lint: the other findings above still stand, but the step fails loudly.
  if (result.internalErrors.length > 0) io.setFailed(`arch-lint internal error:\n${result.internalErrors.join('\n')}`);
  else if (verdict.failed) io.setFailed(`${inputs.name}: ${verdict.errors} finding(s) at or above ${verdict.failOn}.`);

  if (!reviewing || !event.pull) return;
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
    findings,
    verdict,
    source: (path) => result.sources.get(path),
    covered: (path) => result.sources.has(path) || !existsSync(join(workspace, path)),
    filterMode: inputs.filterMode,
    maxComments: inputs.maxComments,
    workspace,
    headSha: event.pull.headSha,
    baseSha: event.pull.baseSha,
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
): string {
  const parts = [`## ${escapeMarkdown(name)}`, verdictLine(verdict, name), countsTable(findings)];
  for (const note of notes) parts.push(noteBlock(note));
  if (reviewing) parts.push('The pull request review is posted after this summary; a problem with it is noted below.');
  parts.push(table);
  return truncateMarkdown(
    `${parts.join('\n\n')}\n`,
    JOB_SUMMARY_LIMIT,
    "_Job summary truncated at GitHub's 1 MiB limit: every finding is in the SARIF file._\n",
  );
}

// The Action, start to finish: inputs → lint → SARIF → PR review (pull requests only) →
// annotations → job summary → outputs → verdict. The verdict depends on findings only:
// a read-only token, a rate limit or an API failure never fails the step.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../findings/finding.js';
import type { LintOptions, LintResult } from '../engine/lint-api.js';
import type { ReportContext, Reporter } from '../report/types.js';
import { omittedNote, pickAnnotations } from './annotations.js';
import { GitHubClient } from './client.js';
import { readEvent, REVIEW_EVENTS } from './event.js';
import { readInputs } from './inputs.js';
import { truncateMarkdown } from './markdown.js';
import { writeFileSafely } from './output-file.js';
import { publishReview, type PublishOutcome } from './publish.js';
import { countsTable, JOB_SUMMARY_LIMIT, verdictLine, verdictOf } from './summary.js';

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
  let review: PublishOutcome | undefined;
  if (event.pull && inputs.review && inputs.token) {
    const client = new GitHubClient(
      { token: inputs.token, baseUrl: env.GITHUB_API_URL || 'https://api.github.com', log: io.info },
      {
        owner: event.pull.owner,
        repo: event.pull.repo,
        pullNumber: event.pull.number,
      },
    );
    review = await publishReview({
      api: client,
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
    // One plain log line (a warning would take one of the 10 annotation slots of its level).
    if (review.message) io.info(review.message);
    if (review.partialNote) notes.push(review.partialNote);
    io.info(
      `arch-lint review: ${review.newComments} new inline comment(s), ${review.keptComments} kept, ` +
        `${review.deletedComments} deleted, ${review.markedFixed} marked fixed, ${review.notInline.length} finding(s) in the summary.`,
    );
  } else if (REVIEW_EVENTS.has(event.name) && !event.pull) {
    notes.push(`The ${event.name} event payload has no pull request number: no review was posted.`);
  } else if (event.pull && !inputs.token) {
    notes.push('No `github-token`: no review was posted.');
  }
  if (review && review.status !== 'posted' && review.message) notes.push(review.message);

  const picked = pickAnnotations(findings);
  io.stdout(reporters.github(picked.annotated, ctx));
  const omitted = omittedNote(picked.omitted);
  if (omitted) notes.push(omitted);

  try {
    await io.appendJobSummary(jobSummary(findings, verdict, notes, reporters.markdown(findings, ctx)));
  } catch (error) {
    io.warning(`arch-lint could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }

  io.setOutput('findings', String(findings.length));
  io.setOutput('errors', String(verdict.errors));
  io.setOutput('sarif-file', inputs.sarifFile.relative);
  // A crashed rule is a bug in arch-lint: the other findings above still stand, but the step fails loudly.
  if (result.internalErrors.length > 0) io.setFailed(`arch-lint internal error:\n${result.internalErrors.join('\n')}`);
  else if (verdict.failed) io.setFailed(`arch-lint: ${verdict.errors} finding(s) at or above ${verdict.failOn}.`);
}

export function jobSummary(
  findings: Finding[],
  verdict: ReturnType<typeof verdictOf>,
  notes: string[],
  table: string,
): string {
  const parts = ['## arch-lint', verdictLine(verdict), countsTable(findings)];
  for (const note of notes) parts.push(`> [!NOTE]\n> ${note.replace(/\n/g, '\n> ')}`);
  parts.push(table);
  return truncateMarkdown(
    `${parts.join('\n\n')}\n`,
    JOB_SUMMARY_LIMIT,
    "_Job summary truncated at GitHub's 1 MiB limit: every finding is in the SARIF file._\n",
  );
}

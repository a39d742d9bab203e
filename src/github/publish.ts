// Publishes the PR review: reads what is there, plans, then writes (one review, comment
// edits and deletions, the sticky summary). A permission error stops all writes and is
// reported once; a 422 on the review retries it with fewer, safer comments. Whatever
// happens, every finding that is not an inline comment is returned for the other reports.

import type { Finding } from '../findings/finding.js';
import type { SourceFile } from '../parse/source.js';
import {
  errorText,
  httpStatus,
  isPermissionError,
  type IssueComment,
  type NewReviewComment,
  type PullFile,
  type ReviewComment,
} from './client.js';
import { locationText } from './comment-body.js';
import { escapeMarkdown, inlineCode, truncateMarkdown } from './markdown.js';
import { isSummaryComment, REVIEW_MARKER } from './markers.js';
import { planReview, type FilterMode, type NotInlineReason, type PlannedComment } from './plan.js';
import { loadPullDiff, type DiffView } from './pull-diff.js';
import type { FileDiff } from './diff.js';
import { COMMENT_LIMIT, plural, stickySummary, type Verdict } from './summary.js';

/** The calls publishing needs (GitHubClient implements them). */
export interface PullApi {
  getPull(): Promise<{ changedFiles: number; headSha: string; baseSha: string }>;
  listFiles(): Promise<PullFile[]>;
  listReviewComments(): Promise<ReviewComment[]>;
  listIssueComments(): Promise<IssueComment[]>;
  createReview(commitId: string, body: string, comments: NewReviewComment[]): Promise<number>;
  updateReviewComment(id: number, body: string): Promise<void>;
  deleteReviewComment(id: number): Promise<void>;
  createIssueComment(body: string): Promise<void>;
  updateIssueComment(id: number, body: string): Promise<void>;
}

export interface PublishInput {
  api: PullApi;
  findings: Finding[];
  verdict: Verdict;
  source: (path: string) => SourceFile | undefined;
  covered: (path: string) => boolean;
  filterMode: FilterMode;
  maxComments: number;
  workspace: string;
  /** From the event; the API's values win when it answers. */
  headSha: string;
  baseSha: string;
  log: (line: string) => void;
  gitDiff?: (workspace: string, base: string, head: string) => Promise<FileDiff[] | undefined>;
}

export interface PublishOutcome {
  /** `posted`: everything written; `read-only`: the token may not write (or read) the PR; `failed`: other API failure. */
  status: 'posted' | 'read-only' | 'failed';
  /** One line for the log and the job summary when status is not `posted`. */
  message?: string;
  newComments: number;
  keptComments: number;
  deletedComments: number;
  markedFixed: number;
  /** Findings that are not (new or kept) inline comments. */
  notInline: { finding: Finding; reason: NotInlineReason }[];
  partialNote?: string;
}

class StopWrites extends Error {}

export async function publishReview(input: PublishInput): Promise<PublishOutcome> {
  const outcome: PublishOutcome = {
    status: 'posted',
    newComments: 0,
    keptComments: 0,
    deletedComments: 0,
    markedFixed: 0,
    notInline: input.findings.map((finding) => ({ finding, reason: 'no-review' as const })),
  };
  const fail = (error: unknown, doing: string): PublishOutcome => {
    if (isPermissionError(error)) {
      outcome.status = 'read-only';
      outcome.message = `arch-lint could not ${doing} (${errorText(error)}): the token is read-only here (a pull request from a fork, or missing \`pull-requests: write\`). Findings are reported as annotations and in the job summary.`;
    } else {
      outcome.status = 'failed';
      outcome.message = `arch-lint could not ${doing} (${errorText(error)}). Findings are reported as annotations and in the job summary.`;
    }
    return outcome;
  };

  let diff: DiffView;
  let existing: ReviewComment[];
  let headSha = input.headSha;
  try {
    const pull = await input.api.getPull();
    headSha = pull.headSha || headSha;
    diff = await loadPullDiff(
      {
        listFiles: () => input.api.listFiles(),
        changedFiles: pull.changedFiles,
        baseSha: pull.baseSha || input.baseSha,
        headSha,
        workspace: input.workspace,
      },
      input.gitDiff,
    );
    existing = await input.api.listReviewComments();
  } catch (error) {
    return fail(error, 'read the pull request');
  }
  if (diff.partialNote) {
    outcome.partialNote = diff.partialNote;
    input.log(diff.partialNote);
  }

  const plan = planReview({
    findings: input.findings,
    files: diff.files,
    filterMode: input.filterMode,
    maxComments: input.maxComments,
    existing,
    source: input.source,
    covered: input.covered,
    headSha,
  });
  outcome.keptComments = plan.kept.length;
  outcome.notInline = [...plan.notInline];

  try {
    if (plan.comments.length > 0) outcome.newComments = await postReview(input, headSha, plan.comments, outcome);
    for (const r of plan.reopen)
      await write(() => input.api.updateReviewComment(r.commentId, r.body), 'update a review comment', fail);
    for (const r of plan.resolve) {
      if (r.action === 'delete') {
        await write(() => input.api.deleteReviewComment(r.commentId), 'delete a review comment', fail, true);
        outcome.deletedComments++;
      } else {
        await write(() => input.api.updateReviewComment(r.commentId, r.body!), 'update a review comment', fail);
        outcome.markedFixed++;
      }
    }
    const notes = diff.partialNote ? [diff.partialNote] : [];
    const body = stickySummary({
      findings: input.findings,
      verdict: input.verdict,
      inlineCount: outcome.newComments + outcome.keptComments,
      notInline: outcome.notInline,
      notes,
      headSha,
    });
    const comments = await input.api.listIssueComments().catch((error: unknown) => {
      fail(error, 'read the pull request comments');
      throw new StopWrites();
    });
    const sticky = comments.find(isSummaryComment);
    if (!sticky) await write(() => input.api.createIssueComment(body), 'post the summary comment', fail);
    else if (sticky.body !== body)
      await write(() => input.api.updateIssueComment(sticky.id, body), 'update the summary comment', fail);
  } catch (error) {
    if (!(error instanceof StopWrites)) fail(error, 'publish the review');
  }
  return outcome;
}

/** Runs one write; on failure records it and stops the remaining writes. */
async function write(
  call: () => Promise<void>,
  doing: string,
  fail: (error: unknown, doing: string) => PublishOutcome,
  goneIsFine = false,
): Promise<void> {
  try {
    await call();
  } catch (error) {
    // Deleting a comment someone already deleted is not a failure.
    if (goneIsFine && httpStatus(error) === 404) return;
    fail(error, doing);
    throw new StopWrites();
  }
}

/**
 * One review per run. If GitHub refuses it with 422 (a line it cannot resolve, e.g. the
 * PR moved on since the diff was read), retry once with only single-line comments on added
 * lines, then once with no inline comment at all; dropped findings go to the summary.
 */
async function postReview(
  input: PublishInput,
  headSha: string,
  comments: PlannedComment[],
  outcome: PublishOutcome,
): Promise<number> {
  const attempts: PlannedComment[][] = [comments];
  const safe = comments.filter((c) => c.startLine === undefined && c.onAddedLine);
  if (safe.length < comments.length && safe.length > 0) attempts.push(safe);
  attempts.push([]);
  const overflow = outcome.notInline.filter((n) => n.reason === 'max-comments').map((n) => n.finding);
  for (const [i, attempt] of attempts.entries()) {
    const payload: NewReviewComment[] = attempt.map((c) => ({
      path: c.path,
      body: c.body,
      line: c.line,
      side: 'RIGHT',
      ...(c.startLine !== undefined ? { start_line: c.startLine, start_side: 'RIGHT' as const } : {}),
    }));
    const dropped = comments.filter((c) => !attempt.includes(c)).map((c) => c.finding);
    try {
      await input.api.createReview(headSha, reviewBody(attempt.length, overflow, dropped), payload);
      for (const f of dropped) outcome.notInline.push({ finding: f, reason: 'rejected' });
      return attempt.length;
    } catch (error) {
      if (httpStatus(error) !== 422 || i === attempts.length - 1) {
        for (const f of comments.map((c) => c.finding)) outcome.notInline.push({ finding: f, reason: 'no-review' });
        throw error;
      }
      input.log(
        `GitHub refused the review (${errorText(error)}); retrying with ${attempts[i + 1].length} inline comment(s).`,
      );
    }
  }
  return 0;
}

export function reviewBody(inline: number, overflow: Finding[], rejected: Finding[]): string {
  const parts = [
    REVIEW_MARKER,
    `**arch-lint** found ${plural(inline + overflow.length + rejected.length, 'new finding')} on this pull request's changes.`,
  ];
  if (overflow.length > 0) {
    parts.push(`${plural(overflow.length, 'finding')} over the \`max-comments\` limit:`, listFindings(overflow));
  }
  if (rejected.length > 0) {
    parts.push(`${plural(rejected.length, 'finding')} GitHub would not place on the diff:`, listFindings(rejected));
  }
  parts.push('The summary comment lists every finding and the check verdict.');
  return truncateMarkdown(
    parts.join('\n\n'),
    COMMENT_LIMIT,
    '_List truncated: see the summary comment and the job summary._',
  );
}

function listFindings(findings: Finding[]): string {
  return findings.map((f) => `- ${locationText(f)} ${inlineCode(f.ruleId)}: ${escapeMarkdown(f.message)}`).join('\n');
}

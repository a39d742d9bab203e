// Publishes the PR review: reads what is there, plans, then writes (one review, comment
// edits and deletions, thread resolutions, the sticky summary). A permission error or a
// timeout stops all writes and is reported once; a 422 on the review retries it with fewer,
// safer comments. A POST that fails ambiguously (5xx, timeout) is retried only after
// checking, by marker, that it did not land. Whatever happens, every finding that is not an
// inline comment is returned for the other reports.

import type { Finding } from '../findings/finding.js';
import type { SourceFile } from '../parse/source.js';
import { escapeMarkdown, plural } from '../report/markdown-text.js';
import {
  errorText,
  httpStatus,
  isAmbiguous,
  isPermissionError,
  type IssueComment,
  type NewReviewComment,
  type PullFile,
  type ReviewComment,
  type ReviewThread,
} from './client.js';
import type { FileDiff } from './diff.js';
import { identityFrom, isOurs, type Identity } from './identity.js';
import { fingerprintOf, hasSummaryMarker, reviewMarker } from './markers.js';
import { planReview, type FilterMode, type NotInlineReason, type PlannedComment } from './plan.js';
import { loadPullDiff, type DiffView } from './pull-diff.js';
import { stickySummary, type Verdict } from './summary.js';

/** The calls publishing needs (GitHubClient implements them). */
export interface PullApi {
  getPull(): Promise<{ changedFiles: number; headSha: string; baseSha: string }>;
  listFiles(): Promise<PullFile[]>;
  listReviewComments(): Promise<ReviewComment[]>;
  listIssueComments(): Promise<IssueComment[]>;
  readThreads(): Promise<{ viewer: string; threads: ReviewThread[] }>;
  resolveReviewThread(threadId: string): Promise<void>;
  unresolveReviewThread(threadId: string): Promise<void>;
  createReview(commitId: string, body: string, comments: NewReviewComment[]): Promise<number>;
  updateReviewComment(id: number, body: string): Promise<void>;
  deleteReviewComment(id: number): Promise<void>;
  createIssueComment(body: string): Promise<void>;
  updateIssueComment(id: number, body: string): Promise<void>;
  deleteIssueComment(id: number): Promise<void>;
}

export interface PublishInput {
  api: PullApi;
  /** Instance name (the `name` input): keys every marker. */
  name: string;
  /** The `comment-author` input: the login we post as, when the token cannot tell. */
  author: string;
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
  /** The commit whose lines the findings are on: nothing is posted if the pull request has moved on. */
  lintedSha?: string;
  /** Sections of the summary comment that replace its counts (a change's new / existing / fixed). */
  sections?: string[];
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
  resolvedThreads: number;
  /** Findings that are not (new or kept) inline comments. */
  notInline: { finding: Finding; reason: NotInlineReason }[];
  partialNote?: string;
}

class StopWrites extends Error {}

interface Context {
  input: PublishInput;
  identity: Identity;
  outcome: PublishOutcome;
  fail: (error: unknown, doing: string) => void;
}

export async function publishReview(input: PublishInput): Promise<PublishOutcome> {
  const outcome: PublishOutcome = {
    status: 'posted',
    newComments: 0,
    keptComments: 0,
    deletedComments: 0,
    markedFixed: 0,
    resolvedThreads: 0,
    notInline: input.findings.map((finding) => ({ finding, reason: 'no-review' as const })),
  };
  const fail = (error: unknown, doing: string): void => {
    if (isPermissionError(error)) {
      outcome.status = 'read-only';
      outcome.message = `arch-lint could not ${doing} (${errorText(error)}): the token is read-only here (a pull request from a fork, or missing \`pull-requests: write\`). Findings are reported as annotations and in the job summary.`;
    } else {
      outcome.status = 'failed';
      outcome.message = `arch-lint could not ${doing} (${errorText(error)}). Findings are reported as annotations and in the job summary.`;
    }
  };

  const { api } = input;
  let diff: DiffView;
  let existing: ReviewComment[];
  let issueComments: IssueComment[];
  let headSha = input.headSha;
  try {
    const pull = await api.getPull();
    if (input.lintedSha && pull.headSha && pull.headSha !== input.lintedSha) {
      outcome.message =
        `The pull request moved to ${pull.headSha.slice(0, 12)} while this run linted ${input.lintedSha.slice(0, 12)}: ` +
        'nothing is posted (its lines would be the wrong ones); the run for the new commit reviews it.';
      return outcome;
    }
    headSha = pull.headSha || headSha;
    diff = await loadPullDiff(
      {
        listFiles: () => api.listFiles(),
        changedFiles: pull.changedFiles,
        baseSha: pull.baseSha || input.baseSha,
        headSha,
        workspace: input.workspace,
      },
      input.gitDiff,
    );
    existing = await api.listReviewComments();
    issueComments = await api.listIssueComments();
  } catch (error) {
    fail(error, 'read the pull request');
    return outcome;
  }
  if (diff.partialNote) {
    outcome.partialNote = diff.partialNote;
    input.log(diff.partialNote);
  }
  // Who we are and the review threads come from GraphQL; without them, the comment-author
  // input or github-actions[bot] is us, and fixed comments are struck through only.
  const conversation = await api.readThreads().catch((error: unknown) => {
    input.log(
      `arch-lint could not read the review threads (${errorText(error)}): fixed comments are struck through only.`,
    );
    return undefined;
  });
  const identity = identityFrom(input.author, conversation?.viewer, input.log);
  const ctx: Context = { input, identity, outcome, fail };
  const threads = conversation?.threads;
  const threadOf = new Map((threads ?? []).map((t) => [t.firstCommentId, t]));

  const plan = planReview({
    name: input.name,
    isOurs: (user) => isOurs(identity, user),
    resolvedThreads: new Set((threads ?? []).filter((t) => t.isResolved).map((t) => t.firstCommentId)),
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

  const summaries = ourSummaries(ctx, issueComments);
  try {
    if (plan.comments.length > 0)
      outcome.newComments = await postReview(ctx, headSha, plan.comments, existing, summaries[0]?.html_url);
    let canResolve = threads !== undefined;
    // Resolving and unresolving threads: GraphQL; a refusal is logged once and ends them.
    const setResolved = async (commentId: number, resolved: boolean) => {
      const thread = threadOf.get(commentId);
      if (!canResolve || !thread || thread.isResolved === resolved) return;
      try {
        if (resolved) await api.resolveReviewThread(thread.id);
        else await api.unresolveReviewThread(thread.id);
        if (resolved) outcome.resolvedThreads++;
      } catch (error) {
        canResolve = false;
        input.log(
          `arch-lint could not ${resolved ? 'resolve' : 'reopen'} a review thread (${errorText(error)}): ` +
            'fixed comments stay struck through. Resolving a thread needs `pull-requests: write`.',
        );
      }
    };
    for (const r of plan.reopen) {
      await write(ctx, () => api.updateReviewComment(r.commentId, r.body), 'update a review comment');
      // The finding is back: its thread must not stay collapsed as resolved.
      await setResolved(r.commentId, false);
    }
    for (const r of plan.resolve) {
      if (r.action === 'delete') {
        await write(ctx, () => api.deleteReviewComment(r.commentId), 'delete a review comment', true);
        outcome.deletedComments++;
      } else if (r.action === 'mark-fixed') {
        await write(ctx, () => api.updateReviewComment(r.commentId, r.body!), 'update a review comment');
        outcome.markedFixed++;
        await setResolved(r.commentId, true);
      } else {
        await setResolved(r.commentId, true);
      }
    }
    const body = stickySummary({
      name: input.name,
      findings: input.findings,
      verdict: input.verdict,
      inlineCount: outcome.newComments + outcome.keptComments,
      notInline: outcome.notInline,
      notes: diff.partialNote ? [diff.partialNote] : [],
      headSha,
      ...(input.sections ? { sections: input.sections } : {}),
    });
    await upsertSummary(ctx, summaries, body);
  } catch (error) {
    if (!(error instanceof StopWrites)) fail(error, 'publish the review');
  }
  return outcome;
}

/** Our summary comments of this instance, oldest first (more than one only after a race). */
function ourSummaries(ctx: Context, comments: IssueComment[]): IssueComment[] {
  return comments
    .filter((c) => isOurs(ctx.identity, c.user) && hasSummaryMarker(c.body, ctx.input.name))
    .sort((a, b) => a.id - b.id);
}

/**
 * One summary comment per instance: update the oldest, delete the copies a race left. A
 * new one is created only after checking that an ambiguously failed attempt did not land,
 * and the list is read again afterwards, since a concurrent run may have created its own.
 */
async function upsertSummary(ctx: Context, found: IssueComment[], body: string): Promise<void> {
  const { api } = ctx.input;
  let summaries = found;
  if (summaries.length === 0) {
    await createOnce(
      ctx,
      () => api.createIssueComment(body),
      async () => ourSummaries(ctx, await api.listIssueComments()).length > 0,
      'post the summary comment',
    );
    summaries = ourSummaries(ctx, await read(ctx, () => api.listIssueComments(), 'read the pull request comments'));
  }
  const [keep, ...copies] = summaries;
  if (keep && keep.body !== body)
    await write(ctx, () => api.updateIssueComment(keep.id, body), 'update the summary comment');
  for (const copy of copies)
    await write(ctx, () => api.deleteIssueComment(copy.id), 'delete a duplicate summary comment', true);
}

/**
 * One review per run. If GitHub refuses it with 422 (a line it cannot resolve, e.g. the
 * PR moved on since the diff was read), retry once with only single-line comments on added
 * lines; if that is refused too, post no review: the findings go to the summary.
 */
async function postReview(
  ctx: Context,
  headSha: string,
  comments: PlannedComment[],
  existing: ReviewComment[],
  summaryUrl: string | undefined,
): Promise<number> {
  const { input, outcome } = ctx;
  const attempts: PlannedComment[][] = [comments];
  const safe = comments.filter((c) => c.startLine === undefined && c.onAddedLine);
  if (safe.length < comments.length && safe.length > 0) attempts.push(safe);
  const before = new Set(existing.map((c) => c.id));
  for (const [i, attempt] of attempts.entries()) {
    const payload: NewReviewComment[] = attempt.map((c) => ({
      path: c.path,
      body: c.body,
      line: c.line,
      side: 'RIGHT',
      ...(c.startLine !== undefined ? { start_line: c.startLine, start_side: 'RIGHT' as const } : {}),
    }));
    const dropped = comments.filter((c) => !attempt.includes(c)).map((c) => c.finding);
    const wanted = new Set(attempt.map((c) => fingerprintOf(c.body, input.name)));
    // A review is all or nothing: one of its comments on the PR means it landed.
    const landed = async () =>
      (await input.api.listReviewComments()).some(
        (c) => !before.has(c.id) && isOurs(ctx.identity, c.user) && wanted.has(fingerprintOf(c.body, input.name)),
      );
    try {
      await createOnce(
        ctx,
        () =>
          input.api.createReview(headSha, reviewBody(input.name, attempt.length, dropped.length, summaryUrl), payload),
        landed,
        'post the review',
        true,
      );
      for (const f of dropped) outcome.notInline.push({ finding: f, reason: 'rejected' });
      return attempt.length;
    } catch (error) {
      if (httpStatus(error) !== 422) {
        for (const f of comments.map((c) => c.finding)) outcome.notInline.push({ finding: f, reason: 'no-review' });
        throw error;
      }
      const next = attempts[i + 1];
      input.log(
        `GitHub refused the review (${errorText(error)}); ` +
          (next ? `retrying with ${next.length} inline comment(s).` : 'its findings are listed in the summary.'),
      );
    }
  }
  for (const f of comments.map((c) => c.finding)) outcome.notInline.push({ finding: f, reason: 'rejected' });
  return 0;
}

/**
 * A non-idempotent POST: on an ambiguous failure, look for what landed before trying once
 * more. `rethrow422` hands a 422 to the caller (it retries with other content).
 */
async function createOnce(
  ctx: Context,
  post: () => Promise<unknown>,
  landed: () => Promise<boolean>,
  doing: string,
  rethrow422 = false,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await post();
      return;
    } catch (error) {
      if (rethrow422 && httpStatus(error) === 422) throw error;
      if (!isAmbiguous(error) || attempt === 2) {
        ctx.fail(error, doing);
        throw new StopWrites();
      }
      ctx.input.log(`arch-lint could not ${doing} (${errorText(error)}); checking whether it landed.`);
      if (await read(ctx, landed, 'check what landed')) {
        ctx.input.log(`It had landed: not posting it again.`);
        return;
      }
    }
  }
}

async function read<T>(ctx: Context, call: () => Promise<T>, doing: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    ctx.fail(error, doing);
    throw new StopWrites();
  }
}

/** Runs one write; on failure records it and stops the remaining writes. */
async function write(ctx: Context, call: () => Promise<void>, doing: string, goneIsFine = false): Promise<void> {
  try {
    await call();
  } catch (error) {
    // Deleting a comment someone already deleted is not a failure.
    if (goneIsFine && httpStatus(error) === 404) return;
    ctx.fail(error, doing);
    throw new StopWrites();
  }
}

/**
 * The review's body says only what this run adds; the summary comment holds the full
 * picture (a review body cannot be edited away, so it must not go stale or grow).
 */
export function reviewBody(name: string, inline: number, rejected: number, summaryUrl: string | undefined): string {
  const summary =
    summaryUrl && /^https:\/\/[^\s()<>]+$/.test(summaryUrl) ? `[summary comment](${summaryUrl})` : 'summary comment';
  const parts = [`**${escapeMarkdown(name)}**: ${plural(inline, 'new inline comment')} on this run's changes.`];
  if (rejected > 0) parts.push(`${plural(rejected, 'finding')} GitHub would not place on the diff.`);
  parts.push(`Every finding and the check verdict are in the ${summary}.`);
  return `${parts.join(' ')}\n\n${reviewMarker(name)}`;
}

// The few GitHub calls the Action makes (REST, plus three GraphQL documents), behind one
// small class so the rest of the code never sees Octokit. Throttling (rate limits,
// Retry-After) and retries of idempotent calls (5xx) come from the Octokit plugins.
//
// Nothing here can stall the step: every request has its own timeout, and all of them share
// one deadline for the whole publishing phase (a wait for a rate limit that would pass it
// is not taken). POSTs are never retried blindly: a 5xx or a timeout may come after GitHub
// created the review or comment, so publish.ts looks for what landed before trying again.
//
// @actions/github is not used: it parses the event file when it is imported, and a
// malformed one would crash the Action before it could say anything useful.

import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export interface PullRef {
  owner: string;
  repo: string;
  pullNumber: number;
}

export interface PullFile {
  filename: string;
  previous_filename?: string;
  status: string;
  patch?: string;
}

export interface Author {
  login?: string;
  type?: string;
}

export interface ReviewComment {
  id: number;
  body: string;
  path: string;
  user?: Author | null;
  in_reply_to_id?: number;
  /** Null when GitHub outdated the comment. */
  line: number | null;
}

export interface IssueComment {
  id: number;
  body?: string;
  user?: Author | null;
  html_url?: string;
}

export interface ReviewThread {
  id: string;
  isResolved: boolean;
  /** REST id of the thread's first comment. */
  firstCommentId: number;
}

export interface NewReviewComment {
  path: string;
  body: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
}

export interface ClientOptions {
  token: string;
  baseUrl: string;
  log: (line: string) => void;
  /** Longest wait for a rate limit before giving up (seconds). */
  maxRateLimitWait?: number;
  /** Retries per request (rate limits; 5xx on idempotent calls). */
  maxRetries?: number;
  /** Longest time one request may take (milliseconds). */
  requestTimeoutMs?: number;
  /** Absolute time (Date.now()) after which no request is started or awaited. */
  deadline?: number;
  /**
   * Space writes 1 s apart and comment creations 3 s apart, as GitHub asks (default). Only
   * tests turn it off, to run many short scenarios; rate limits are obeyed either way.
   */
  spaceWrites?: boolean;
}

/** GitHub stops listing a pull request's files here. */
export const MAX_LISTED_FILES = 3000;

const ArchLintOctokit = Octokit.plugin(paginateRest, throttling, retry);
type Client = InstanceType<typeof ArchLintOctokit>;

/** A request that took too long or ran past the publishing deadline. */
export class TimeoutError extends Error {
  // @octokit/request rethrows an AbortError as is: no retry, our message kept.
  override name = 'AbortError';
  readonly timedOut = true;
}

/** In place of the throttling plugin's write and notification limiters: run at once. */
const NO_SPACING = {
  key: () => ({
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve(job(...args)),
  }),
};

/** POSTs create things: the retry plugin must not repeat them (publish.ts checks what landed). */
const NO_RETRY = { request: { retries: 0 } };

const THREADS_QUERY = `query ArchLintThreads($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;
const RESOLVE_MUTATION = `mutation ArchLintResolve($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;
const UNRESOLVE_MUTATION = `mutation ArchLintUnresolve($threadId: ID!) {
  unresolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;

export class GitHubClient {
  private readonly octokit: Client;

  constructor(
    options: ClientOptions,
    readonly pull: PullRef,
  ) {
    const maxWait = options.maxRateLimitWait ?? 120;
    const maxRetries = options.maxRetries ?? 3;
    const timeoutMs = options.requestTimeoutMs ?? 30_000;
    const deadline = options.deadline ?? Number.POSITIVE_INFINITY;
    const onLimit =
      (kind: string) =>
      (retryAfter: number, request: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
        const fits = Date.now() + retryAfter * 1000 < deadline;
        const retrying = retryCount < maxRetries && retryAfter <= maxWait && fits;
        options.log(
          `GitHub ${kind} rate limit on ${request.method ?? ''} ${request.url ?? ''}: ` +
            (retrying
              ? `retrying in ${retryAfter}s (attempt ${retryCount + 2}).`
              : `giving up${fits ? '' : ' (the wait would pass the time allowed for the review)'}.`),
        );
        return retrying;
      };
    this.octokit = new ArchLintOctokit({
      auth: options.token,
      baseUrl: options.baseUrl,
      userAgent: 'arch-lint-action',
      request: { fetch: timedFetch(timeoutMs, deadline) },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        // The plugin only calls group.key(id).schedule(options, job): a Bottleneck group's shape.
        ...(options.spaceWrites === false ? { write: NO_SPACING as never, notifications: NO_SPACING as never } : {}),
      },
      // 5xx: exponential backoff (1s, 4s, 9s). Rate limits (403/429) are the throttling
      // plugin's (it reads Retry-After); 4xx are never retried.
      retry: { retries: maxRetries, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      log: {
        debug: () => {},
        info: () => {},
        warn: (m: string) => options.log(m),
        error: (m: string) => options.log(m),
      },
    });
  }

  private get params() {
    return { owner: this.pull.owner, repo: this.pull.repo, pull_number: this.pull.pullNumber };
  }

  private get issueParams() {
    return { owner: this.pull.owner, repo: this.pull.repo, issue_number: this.pull.pullNumber };
  }

  async getPull(): Promise<{ changedFiles: number; headSha: string; baseSha: string }> {
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', this.params);
    return { changedFiles: data.changed_files, headSha: data.head.sha, baseSha: data.base.sha };
  }

  async listFiles(): Promise<PullFile[]> {
    const files = await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      ...this.params,
      per_page: 100,
    });
    return files.map((f) => ({
      filename: f.filename,
      status: f.status,
      ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
      ...(typeof f.patch === 'string' ? { patch: f.patch } : {}),
    }));
  }

  async listReviewComments(): Promise<ReviewComment[]> {
    const comments = await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
      ...this.params,
      per_page: 100,
    });
    return comments.map((c) => ({
      id: c.id,
      body: c.body,
      path: c.path,
      user: c.user ? { login: c.user.login, type: c.user.type } : null,
      line: typeof c.line === 'number' ? c.line : null,
      ...(typeof c.in_reply_to_id === 'number' ? { in_reply_to_id: c.in_reply_to_id } : {}),
    }));
  }

  async listIssueComments(): Promise<IssueComment[]> {
    const comments = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...this.issueParams,
      per_page: 100,
    });
    return comments.map((c) => ({
      id: c.id,
      body: c.body ?? '',
      user: c.user ? { login: c.user.login, type: c.user.type } : null,
      html_url: c.html_url,
    }));
  }

  /**
   * The login of the token's actor (`github-actions[bot]` for GITHUB_TOKEN) and the pull
   * request's review threads, in one GraphQL query (REST has no notion of threads, and
   * `GET /user` is forbidden to installation tokens).
   */
  async readThreads(): Promise<{ viewer: string; threads: ReviewThread[] }> {
    type Page = {
      viewer?: { login?: unknown };
      repository?: {
        pullRequest?: {
          reviewThreads: {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            nodes: { id: string; isResolved: boolean; comments: { nodes: { databaseId: number | null }[] } }[];
          };
        } | null;
      } | null;
    };
    const threads: ReviewThread[] = [];
    let viewer: unknown;
    let cursor: string | null = null;
    for (let page = 0; page < 100; page++) {
      const data: Page = await this.octokit.graphql<Page>(THREADS_QUERY, {
        owner: this.pull.owner,
        repo: this.pull.repo,
        number: this.pull.pullNumber,
        cursor,
      });
      viewer = data.viewer?.login;
      const list = data.repository?.pullRequest?.reviewThreads;
      if (!list) break;
      for (const node of list.nodes) {
        const first = node.comments.nodes[0]?.databaseId;
        if (typeof first === 'number')
          threads.push({ id: node.id, isResolved: node.isResolved, firstCommentId: first });
      }
      if (!list.pageInfo.hasNextPage || !list.pageInfo.endCursor) break;
      cursor = list.pageInfo.endCursor;
    }
    if (typeof viewer !== 'string') throw new Error('GraphQL gave no viewer login');
    return { viewer, threads };
  }

  async resolveReviewThread(threadId: string): Promise<void> {
    await this.octokit.graphql(RESOLVE_MUTATION, { threadId });
  }

  async unresolveReviewThread(threadId: string): Promise<void> {
    await this.octokit.graphql(UNRESOLVE_MUTATION, { threadId });
  }

  async createReview(commitId: string, body: string, comments: NewReviewComment[]): Promise<number> {
    const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      ...this.params,
      commit_id: commitId,
      body,
      event: 'COMMENT',
      comments,
      ...NO_RETRY,
    });
    return Number(data.id);
  }

  async updateReviewComment(commentId: number, body: string): Promise<void> {
    await this.octokit.request('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}', {
      owner: this.pull.owner,
      repo: this.pull.repo,
      comment_id: commentId,
      body,
    });
  }

  async deleteReviewComment(commentId: number): Promise<void> {
    await this.octokit.request('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', {
      owner: this.pull.owner,
      repo: this.pull.repo,
      comment_id: commentId,
    });
  }

  async createIssueComment(body: string): Promise<void> {
    await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...this.issueParams,
      body,
      ...NO_RETRY,
    });
  }

  async updateIssueComment(commentId: number, body: string): Promise<void> {
    await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: this.pull.owner,
      repo: this.pull.repo,
      comment_id: commentId,
      body,
    });
  }

  async deleteIssueComment(commentId: number): Promise<void> {
    await this.octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: this.pull.owner,
      repo: this.pull.repo,
      comment_id: commentId,
    });
  }
}

/** fetch with a per-request timeout and the shared deadline, failing with a TimeoutError. */
function timedFetch(timeoutMs: number, deadline: number): typeof fetch {
  return async (url, init) => {
    const left = deadline - Date.now();
    if (left <= 0) throw new TimeoutError('no time left for GitHub API calls');
    const limit = Math.min(timeoutMs, left);
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(), limit);
    const signals = init?.signal ? [timer.signal, init.signal] : [timer.signal];
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.any(signals) });
      // Read the body under the same timeout: a response that starts and never ends stalls too.
      const body = await response.arrayBuffer();
      return new Response(response.status === 204 || response.status === 304 ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      if (timer.signal.aborted) {
        const what =
          limit < timeoutMs ? 'ran past the time allowed for the review' : `timed out after ${limit / 1000}s`;
        throw new TimeoutError(`${init?.method ?? 'GET'} ${String(url)} ${what}`);
      }
      throw error;
    } finally {
      clearTimeout(handle);
    }
  };
}

/** HTTP status of an Octokit error, or undefined for network failures and timeouts. */
export function httpStatus(error: unknown): number | undefined {
  if (isTimeout(error)) return undefined;
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export function isTimeout(error: unknown): boolean {
  return (error as { timedOut?: unknown } | null)?.timedOut === true;
}

/**
 * The request may or may not have taken effect: a timeout, a dropped connection or a 5xx
 * (GitHub answers 502 after creating a review more often than one would like).
 */
export function isAmbiguous(error: unknown): boolean {
  const status = httpStatus(error);
  return status === undefined || status >= 500;
}

/** 401/403/404 on our calls: the token may not do this (fork PR, missing permissions). */
export function isPermissionError(error: unknown): boolean {
  const status = httpStatus(error);
  if (isRateLimitError(error)) return false;
  return status === 401 || status === 403 || status === 404;
}

export function isRateLimitError(error: unknown): boolean {
  const status = httpStatus(error);
  return (status === 403 || status === 429) && /rate limit/i.test(error instanceof Error ? error.message : '');
}

export function errorText(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0].slice(0, 300);
  return status === undefined ? line : `HTTP ${status}: ${line}`;
}

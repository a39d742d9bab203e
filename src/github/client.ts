// The few GitHub REST calls the Action makes, behind one small class so the rest of the
// code never sees Octokit. Throttling (primary and secondary rate limits, Retry-After)
// and retries (5xx) come from the Octokit plugins, bounded so a run cannot hang.

import { getOctokit } from '@actions/github';
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

export interface ReviewComment {
  id: number;
  body: string;
  path: string;
  user?: { login?: string; type?: string } | null;
  in_reply_to_id?: number;
}

export interface IssueComment {
  id: number;
  body?: string;
  user?: { login?: string; type?: string } | null;
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
  /** Rate-limit retries per request. */
  maxRetries?: number;
}

/** GitHub stops listing a pull request's files here. */
export const MAX_LISTED_FILES = 3000;

type Octokit = ReturnType<typeof getOctokit>;

export class GitHubClient {
  private readonly octokit: Octokit;

  constructor(
    options: ClientOptions,
    readonly pull: PullRef,
  ) {
    const maxWait = options.maxRateLimitWait ?? 120;
    const maxRetries = options.maxRetries ?? 3;
    const onLimit =
      (kind: string) =>
      (retryAfter: number, request: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
        const retrying = retryCount < maxRetries && retryAfter <= maxWait;
        options.log(
          `GitHub ${kind} rate limit on ${request.method ?? ''} ${request.url ?? ''}: ` +
            (retrying ? `retrying in ${retryAfter}s (attempt ${retryCount + 2}).` : 'giving up.'),
        );
        return retrying;
      };
    this.octokit = getOctokit(
      options.token,
      {
        baseUrl: options.baseUrl,
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
        // 5xx: exponential backoff (1s, 4s, 9s). Rate limits (403/429) are the throttling
        // plugin's (it reads Retry-After); 4xx are never retried.
        retry: { retries: maxRetries, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        log: {
          debug: () => {},
          info: () => {},
          warn: (m: string) => options.log(m),
          error: (m: string) => options.log(m),
        },
      },
      throttling,
      retry,
    );
  }

  private get params() {
    return { owner: this.pull.owner, repo: this.pull.repo, pull_number: this.pull.pullNumber };
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
      ...(typeof c.in_reply_to_id === 'number' ? { in_reply_to_id: c.in_reply_to_id } : {}),
    }));
  }

  async listIssueComments(): Promise<IssueComment[]> {
    const comments = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: this.pull.owner,
      repo: this.pull.repo,
      issue_number: this.pull.pullNumber,
      per_page: 100,
    });
    return comments.map((c) => ({
      id: c.id,
      body: c.body ?? '',
      user: c.user ? { login: c.user.login, type: c.user.type } : null,
    }));
  }

  async createReview(commitId: string, body: string, comments: NewReviewComment[]): Promise<number> {
    const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      ...this.params,
      commit_id: commitId,
      body,
      event: 'COMMENT',
      comments,
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
      owner: this.pull.owner,
      repo: this.pull.repo,
      issue_number: this.pull.pullNumber,
      body,
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
}

/** HTTP status of an Octokit error, or undefined for network and other failures. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
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
  return status === undefined ? message : `HTTP ${status}: ${message.split('\n')[0].slice(0, 300)}`;
}

// What the runner tells us about the triggering event (GITHUB_* variables and the event
// payload file). Untrusted fields (titles, branch names) are never read: only numbers and
// SHAs. A missing or malformed payload is a one-line `problem`, never an exception: the
// Action still lints the workspace, annotates and exits by its findings.

import { readFileSync } from 'node:fs';

export interface PullInfo {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  baseSha: string;
  /** Head repository differs from the base: the token is usually read-only. */
  fromFork: boolean;
}

export interface EventInfo {
  name: string;
  sha: string;
  /** Set for the pull request events, when the payload names the pull request. */
  pull?: PullInfo;
  /** Why a review event gives no pull request (one line). */
  problem?: string;
  /** Why this event gets annotations but no review (one line). */
  note?: string;
}

/** Events whose payload carries `pull_request` and whose checkout is the pull request. */
export const REVIEW_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

/** Events that concern a pull request but run on the default branch's code. */
const DEFAULT_BRANCH_EVENTS: Record<string, string> = {
  issue_comment:
    'The issue_comment event runs on the default branch, not on the pull request: arch-lint linted and annotated the checkout, and posted no review (trigger it on pull_request to review).',
  workflow_run:
    'The workflow_run event runs on the default branch, and its checkout need not be the pull request head: arch-lint linted and annotated the checkout, and posted no review.',
};

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export function readEvent(env: NodeJS.ProcessEnv): EventInfo {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const sha = env.GITHUB_SHA ?? '';
  const note = DEFAULT_BRANCH_EVENTS[name];
  if (note) return { name, sha, note };
  if (!REVIEW_EVENTS.has(name)) return { name, sha };
  const noReview = (why: string): EventInfo => ({
    name,
    sha,
    problem: `The ${name} event payload ${why}: no review was posted; findings are annotated and in the job summary.`,
  });
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  if (typeof payload === 'string') return noReview(payload);
  const [owner, repo, extra] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || extra !== undefined)
    return noReview(
      `cannot be matched to a repository (GITHUB_REPOSITORY is ${JSON.stringify(env.GITHUB_REPOSITORY ?? '')})`,
    );
  const pr = record(payload.pull_request);
  const number = typeof pr.number === 'number' ? pr.number : Number(payload.number);
  if (!Number.isInteger(number) || number <= 0) return noReview('has no pull request number');
  const head = record(pr.head);
  const base = record(pr.base);
  const headRepo = record(head.repo).full_name;
  const baseRepo = record(base.repo).full_name;
  return {
    name,
    sha,
    pull: {
      owner,
      repo,
      number,
      headSha: typeof head.sha === 'string' && SHA.test(head.sha) ? head.sha : sha,
      baseSha: typeof base.sha === 'string' && SHA.test(base.sha) ? base.sha : '',
      fromFork: typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo,
    },
  };
}

/** The payload object, or why there is none. */
export function readPayload(path: string | undefined): Record<string, unknown> | string {
  if (!path) return 'is missing (GITHUB_EVENT_PATH is not set)';
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return `could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'} on ${path})`;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `is not valid JSON (${error instanceof Error ? error.message.split('\n')[0].slice(0, 120) : 'parse error'})`;
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : 'is not a JSON object';
}

export function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

// What the runner tells us about the triggering event (GITHUB_* variables and the event
// payload file). Untrusted fields (titles, branch names) are never read: only numbers and SHAs.

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
  /** Set for pull_request and pull_request_target events. */
  pull?: PullInfo;
}

export const REVIEW_EVENTS = new Set(['pull_request', 'pull_request_target']);

export function readEvent(env: NodeJS.ProcessEnv): EventInfo {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const sha = env.GITHUB_SHA ?? '';
  if (!REVIEW_EVENTS.has(name)) return { name, sha };
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pr = record(record(payload).pull_request);
  const number = typeof pr.number === 'number' ? pr.number : Number(record(payload).number);
  const head = record(pr.head);
  const base = record(pr.base);
  if (!owner || !repo || !Number.isInteger(number) || number <= 0) return { name, sha };
  const headRepo = record(head.repo).full_name;
  const baseRepo = record(base.repo).full_name;
  return {
    name,
    sha,
    pull: {
      owner,
      repo,
      number,
      headSha: typeof head.sha === 'string' ? head.sha : sha,
      baseSha: typeof base.sha === 'string' ? base.sha : '',
      fromFork: typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo,
    },
  };
}

function readPayload(path: string | undefined): unknown {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

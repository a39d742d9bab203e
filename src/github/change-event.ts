// Which two commits a run compares: a pull request's head and base branch, a merge
// group's head and base, a push's `after` and `before`. SHAs only; nothing else from the
// payload is used.

import { isSha } from '../git/repo.js';
import { readPayload, record, type EventInfo } from './event.js';

export interface ChangeRefs {
  kind: 'pull' | 'merge-group' | 'push';
  head: string;
  /** Tip of the older side; undefined when there is none (a new branch pushed). */
  baseTip?: string;
  /** A push to the repository's default branch. */
  toDefaultBranch: boolean;
}

export function readChangeRefs(env: NodeJS.ProcessEnv, event: EventInfo): ChangeRefs | undefined {
  const sha = (v: unknown) => (typeof v === 'string' && isSha(v) && !/^0+$/.test(v) ? v : undefined);
  if (event.pull) {
    const head = sha(event.pull.headSha);
    return head ? { kind: 'pull', head, baseTip: sha(event.pull.baseSha), toDefaultBranch: false } : undefined;
  }
  const raw = readPayload(env.GITHUB_EVENT_PATH);
  const payload = typeof raw === 'string' ? {} : raw;
  if (event.name === 'merge_group') {
    const group = record(payload.merge_group);
    const head = sha(group.head_sha) ?? sha(env.GITHUB_SHA);
    return head ? { kind: 'merge-group', head, baseTip: sha(group.base_sha), toDefaultBranch: false } : undefined;
  }
  if (event.name === 'push') {
    const head = sha(payload.after) ?? sha(env.GITHUB_SHA);
    const defaultBranch = record(payload.repository).default_branch;
    const ref = typeof payload.ref === 'string' ? payload.ref : (env.GITHUB_REF ?? '');
    return head
      ? {
          kind: 'push',
          head,
          baseTip: sha(payload.before),
          toDefaultBranch: typeof defaultBranch === 'string' && ref === `refs/heads/${defaultBranch}`,
        }
      : undefined;
  }
  return undefined;
}

/** `gate` when the input is unset: new on pull requests and merge groups, all on the default branch. */
export function defaultGate(refs: ChangeRefs | undefined): 'new' | 'all' {
  if (!refs) return 'all';
  if (refs.kind === 'push') return refs.toDefaultBranch ? 'all' : 'new';
  return 'new';
}

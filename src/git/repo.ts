// A git repository read through its object store: commits, trees and blobs, never the
// working tree. Used to lint a pull request's head and base commits whatever the
// workspace holds (a merge commit, the base branch, a moved branch).

import { CatFileBatch } from './batch.js';
import { git, GitError, gitText } from './exec.js';
import { GitTree, type TreeEntry } from './tree.js';

export interface FileChange {
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'type-changed';
  /** Path in the newer side ('/' separators, from the repository root). */
  path: string;
  /** Path in the older side, for renames and copies. */
  previousPath?: string;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export function isSha(value: string): boolean {
  return SHA.test(value);
}

export class GitRepo {
  private readonly batch: CatFileBatch;

  private constructor(
    /** Absolute path of the working tree's top level. */
    readonly root: string,
  ) {
    this.batch = new CatFileBatch(root);
  }

  /** The repository containing `dir`, or undefined when it is not in one (or git is missing). */
  static async open(dir: string): Promise<GitRepo | undefined> {
    try {
      const root = await gitText(dir, ['rev-parse', '--show-toplevel']);
      return root ? new GitRepo(root) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Full SHA of a commit-ish, or undefined when it does not name a commit present here. */
  async commit(ref: string): Promise<string | undefined> {
    if (ref === '' || ref.startsWith('-')) return undefined;
    try {
      const sha = await gitText(this.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
      return isSha(sha) ? sha : undefined;
    } catch {
      return undefined;
    }
  }

  /** `commit()` of several refs, in one git process when every one names a commit. */
  async commits(refs: string[]): Promise<(string | undefined)[]> {
    if (refs.every((r) => r !== '' && !r.startsWith('-'))) {
      try {
        // No `--end-of-options` (git before 2.43 prints it back without --verify): no ref starts with `-`.
        const args = ['rev-parse', ...refs.map((r) => `${r}^{commit}`)];
        const shas = (await gitText(this.root, args)).split('\n');
        // A range (`a..b`) or a negation prints other lines: then one by one, with --verify.
        if (shas.length === refs.length && shas.every(isSha)) return shas;
      } catch {
        // One of them names no commit: which one is told one by one.
      }
    }
    return Promise.all(refs.map((r) => this.commit(r)));
  }

  /** True when the commit and its whole tree are readable (a shallow clone may lack them). */
  async hasCommit(sha: string): Promise<boolean> {
    if (!isSha(sha)) return false;
    try {
      await git(this.root, ['cat-file', '-e', `${sha}^{tree}`]);
      return true;
    } catch {
      return false;
    }
  }

  async isShallow(): Promise<boolean> {
    try {
      return (await gitText(this.root, ['rev-parse', '--is-shallow-repository'])) === 'true';
    } catch {
      return false;
    }
  }

  /** The best common ancestor, or undefined when the history between them is missing. */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    try {
      const sha = await gitText(this.root, ['merge-base', a, b]);
      return isSha(sha) ? sha : undefined;
    } catch {
      return undefined;
    }
  }

  /** Every file of a commit's tree (blobs, symlinks; submodules are left out). */
  async tree(commit: string): Promise<GitTree> {
    if (!isSha(commit)) throw new GitError(`not a commit SHA: ${commit}`, null, '');
    const out = await git(this.root, ['ls-tree', '-r', '-z', '-l', '--full-tree', commit]);
    const entries: TreeEntry[] = [];
    for (const record of out.toString('utf8').split('\0')) {
      if (record === '') continue;
      // <mode> SP <type> SP <object> SP+ <size> TAB <path>
      const tab = record.indexOf('\t');
      const s1 = record.indexOf(' ');
      const s2 = record.indexOf(' ', s1 + 1);
      const s3 = record.indexOf(' ', s2 + 1);
      if (record.slice(s1 + 1, s2) !== 'blob') continue;
      const size = Number(record.slice(s3, tab)); // the size is padded with spaces
      entries.push({ mode: record.slice(0, s1), oid: record.slice(s2 + 1, s3), size, path: record.slice(tab + 1) });
    }
    return new GitTree(this, commit, entries);
  }

  /**
   * Contents of blobs by object id, from one `git cat-file --batch` kept open for the
   * repository's reads (see batch.ts). Missing ones are absent.
   */
  async readBlobs(oids: string[]): Promise<Map<string, Buffer>> {
    return this.batch.read([...new Set(oids.filter(isSha))]);
  }

  /** Ends the reading process (a later read starts another); reading ends it after a pause anyway. */
  close(): void {
    this.batch.close();
  }

  /**
   * Files that differ between two commits (`to` undefined: the working tree), with renames
   * detected. The building block for "what did this change touch".
   */
  async changes(from: string, to?: string): Promise<FileChange[]> {
    const args = ['diff', '--no-ext-diff', '--no-textconv', '--name-status', '-z', '--find-renames', from];
    if (to) args.push(to);
    args.push('--');
    const fields = (await git(this.root, args)).toString('utf8').split('\0');
    const changes: FileChange[] = [];
    for (let i = 0; i < fields.length - 1;) {
      const code = fields[i++];
      const letter = code[0];
      if (letter === 'R' || letter === 'C') {
        const previousPath = fields[i++];
        const path = fields[i++];
        changes.push({ status: letter === 'R' ? 'renamed' : 'copied', path, previousPath });
        continue;
      }
      const path = fields[i++];
      const status =
        letter === 'A' ? 'added' : letter === 'D' ? 'removed' : letter === 'T' ? 'type-changed' : 'modified';
      changes.push({ status, path });
    }
    return changes;
  }
}

/** Files of the working tree git does not track and does not ignore (paths from the repository root). */
export async function untrackedFiles(repo: GitRepo): Promise<string[]> {
  const out = (await git(repo.root, ['ls-files', '--others', '--exclude-standard', '-z'])).toString('utf8');
  return out.split('\0').filter((p) => p !== '');
}

/** Old path → new path for the renames among `changes`. */
export function renameMap(changes: FileChange[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of changes) if (c.status === 'renamed' && c.previousPath) map.set(c.previousPath, c.path);
  return map;
}

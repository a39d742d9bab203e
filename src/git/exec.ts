// Runs git read-only commands: no shell, no pager, no prompt, and nothing from the
// repository executed (fsmonitor, external diff drivers and textconv are disabled; the
// commands used here run no hooks). Missing objects are never fetched on their own.

import { spawn } from 'node:child_process';

export class GitError extends Error {
  override name = 'GitError';
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(message);
  }
}

export const SAFE_CONFIG = ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=true'];

export function gitEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...base,
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
    // A partial clone would fetch a missing blob from its remote (git ≥ 2.44 honours this).
    GIT_NO_LAZY_FETCH: '1',
    GIT_NO_REPLACE_OBJECTS: '1',
    LC_ALL: 'C',
  };
  for (const name of ['GIT_EXTERNAL_DIFF', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY'])
    delete env[name];
  return env;
}

/** Runs `git args` in `cwd`; resolves with stdout as bytes, rejects with a GitError. */
export function git(cwd: string, args: string[], input?: Buffer | string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...SAFE_CONFIG, ...args], {
      cwd,
      env: gitEnv(),
      shell: false,
      windowsHide: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => reject(new GitError(`git could not be run: ${e.message}`, null, '')));
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new GitError(`git ${args[0]} failed: ${stderr.split('\n')[0] || `exit ${code}`}`, code, stderr));
    });
    // EPIPE when git exits early (bad object): the close handler reports it.
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

/** Same, stdout as trimmed text. */
export async function gitText(cwd: string, args: string[]): Promise<string> {
  return (await git(cwd, args)).toString('utf8').trim();
}

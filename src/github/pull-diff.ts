// The pull request's diff as a map of files. GitHub's file list stops at 3,000 files and
// omits patches that are too large; then the diff comes from the local clone (`git diff
// base...head`, no shell, no external diff drivers), or the view is declared partial.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseGitDiff, parsePatch, type FileDiff } from './diff.js';
import { MAX_LISTED_FILES, type PullFile } from './client.js';

const run = promisify(execFile);

export interface DiffView {
  files: Map<string, FileDiff>;
  /** Set when some changed files or lines are unknown: said in every report, never silent. */
  partialNote?: string;
  /** Where the diff came from, for the log. */
  origin: 'api' | 'api+git';
}

export interface DiffSources {
  listFiles: () => Promise<PullFile[]>;
  changedFiles: number;
  baseSha: string;
  headSha: string;
  workspace: string;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export async function loadPullDiff(src: DiffSources, gitDiff = localGitDiff): Promise<DiffView> {
  const listed = await src.listFiles();
  const files = new Map<string, FileDiff>();
  for (const f of listed) files.set(f.filename, fromPullFile(f));
  const truncated = listed.length >= MAX_LISTED_FILES || src.changedFiles > listed.length;
  const missingPatch = listed.filter((f) => f.patch === undefined && f.status !== 'removed').map((f) => f.filename);
  if (!truncated && missingPatch.length === 0) return { files, origin: 'api' };

  const local = await gitDiff(src.workspace, src.baseSha, src.headSha);
  if (local) {
    for (const f of local) {
      const known = files.get(f.path);
      if (!known || !known.hasPatch) files.set(f.path, f);
    }
    const stillMissing = [...files.values()].filter((f) => !f.hasPatch && f.status !== 'removed').length;
    return {
      files,
      origin: 'api+git',
      ...(stillMissing > 0
        ? {
            partialNote: `${stillMissing} changed file(s) have no text diff (binary or too large): their findings are listed in the summary, not commented inline.`,
          }
        : {}),
    };
  }
  const note = truncated
    ? `GitHub lists only ${listed.length} of the ${src.changedFiles} files this pull request changes, and no local git history was available ` +
      `(check out with \`fetch-depth: 0\` to fix this): this is a partial view. Findings in the other files are listed in the summary, not commented inline.`
    : `${missingPatch.length} changed file(s) have no diff from GitHub (too large or binary) and no local git history was available: their findings are listed in the summary, not commented inline.`;
  return { files, partialNote: note, origin: 'api' };
}

function fromPullFile(f: PullFile): FileDiff {
  const status =
    (['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged'] as const).find(
      (s) => s === f.status,
    ) ?? 'modified';
  return {
    path: f.filename,
    ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
    status,
    hasPatch: f.patch !== undefined,
    hunks: f.patch === undefined ? [] : parsePatch(f.patch),
  };
}

/**
 * `git diff base...head` in the workspace, or undefined when it is not a git clone with
 * both commits. External diff drivers, textconv and fsmonitor are disabled: nothing from
 * the pull request or the clone's config is executed.
 */
export async function localGitDiff(
  workspace: string,
  baseSha: string,
  headSha: string,
): Promise<FileDiff[] | undefined> {
  if (!SHA.test(baseSha) || !SHA.test(headSha)) return undefined;
  try {
    const { stdout } = await run(
      'git',
      [
        '-c',
        'core.fsmonitor=false',
        '-c',
        'core.quotePath=true',
        'diff',
        '--no-ext-diff',
        '--no-textconv',
        '--no-color',
        '--find-renames',
        '--unified=3',
        `${baseSha}...${headSha}`,
        '--',
      ],
      {
        cwd: workspace,
        shell: false,
        maxBuffer: 1024 * 1024 * 1024,
        env: gitEnv(),
        windowsHide: true,
      },
    );
    return parseGitDiff(stdout);
  } catch {
    return undefined;
  }
}

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
  };
  delete env.GIT_EXTERNAL_DIFF;
  return env;
}

// Where the pipeline reads files from: the file system (the CLI, the Action's fallback) or
// a git commit's tree (the Action's head and base, `--diff-base`). Paths are absolute in
// one namespace: a commit's files live under the repository's working-tree path, so
// display paths, config globs and ignore patterns mean the same thing for both.

import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { diskSnapshot, type SnapshotLimits, type SnapshotResult } from './dir-snapshot.js';
import { discover, type Candidate, type DiscoverOptions, type Discovery } from './discover.js';
import { loadFileSync, readSmallFileSync, type Loaded } from './load.js';

export type TextRead = { ok: true; text: string } | { ok: false; reason: string };

export interface FileSource {
  /** For messages: "the working tree", "commit 1a2b3c4d5e6f". */
  readonly label: string;
  discover(paths: string[], options: DiscoverOptions): Promise<Discovery>;
  /** Called with every candidate before load(): a source may read them in one batch. */
  prefetch?(candidates: Candidate[], maxBytes: number): Promise<void>;
  load(candidate: Candidate, maxBytes: number): Loaded;
  /**
   * Optional: a small file's bytes as load() would decode them (the whole file, within
   * `maxBytes`), or undefined: then load() reads it and says why it cannot. For a pass that
   * looks at bytes before text (held-files.ts).
   */
  readBytes?(candidate: Candidate, maxBytes: number): Uint8Array | undefined;
  /** Optional: the text of a file load() accepts, without a SourceFile (read once, scanned once); else undefined. */
  loadText?(candidate: Candidate, maxBytes: number): string | undefined;
  /** A small whole file (config, rule file, chart template). */
  readText(abs: string): Promise<TextRead>;
  /** Names of the files (not directories) in a directory, or undefined when it cannot be read. */
  listFiles(absDir: string): Promise<string[] | undefined>;
  /** The nearest file named one of `names` at or above `start`, never above the source's root. */
  findUp(start: string, names: readonly string[]): Promise<string | undefined>;
  /** Why `abs` may not be read (it resolves outside the root), or undefined when it may. */
  outside(abs: string): string | undefined;
  /** Every file under a directory with its bytes (a chart to render); symlinks are listed, not followed. */
  snapshot(absDir: string, limits: SnapshotLimits): Promise<SnapshotResult>;
}

/** The file system, confined to `root` when one is given (the Action's workspace). */
export function diskSource(root?: string): FileSource {
  const realRoot = root ? (tryRealpath(root) ?? resolve(root)) : undefined;
  const outside = (abs: string): string | undefined => {
    if (!realRoot) return undefined;
    if (!within(realRoot, resolve(abs)) && !within(resolve(root!), resolve(abs))) return 'is outside the workspace';
    // Through its nearest existing ancestor: a symlink anywhere on the way counts.
    let probe = resolve(abs);
    let real = tryRealpath(probe);
    while (real === undefined && dirname(probe) !== probe) real = tryRealpath((probe = dirname(probe)));
    return real === undefined || within(realRoot, real)
      ? undefined
      : 'resolves outside the workspace (a symlink out of it is not followed)';
  };
  return {
    label: 'the working tree',
    discover: (paths, options) => discover(paths, { ...options, root: root ?? options.root }),
    load: (c, maxBytes) => loadFileSync(c.abs, c.path, maxBytes),
    readBytes: (c, maxBytes) => readSmallFileSync(c.abs, maxBytes),
    async readText(abs) {
      const why = outside(abs);
      if (why) return { ok: false, reason: why };
      if (missing(abs)) return { ok: false, reason: 'no such file' };
      try {
        return { ok: true, text: readFileSync(abs, 'utf8') };
      } catch (e) {
        return { ok: false, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(e) };
      }
    },
    async listFiles(absDir) {
      if (outside(absDir)) return undefined;
      try {
        return readdirSync(absDir).filter((n) => isFile(join(absDir, n)) && !outside(join(absDir, n)));
      } catch {
        return undefined;
      }
    },
    async findUp(start, names) {
      let dir = resolve(start);
      if (!isDir(dir)) dir = dirname(dir);
      for (;;) {
        for (const name of names) if (isFile(join(dir, name))) return join(dir, name);
        const parent = dirname(dir);
        if (parent === dir || (root && !within(resolve(root), parent))) return undefined;
        dir = parent;
      }
    },
    outside,
    async snapshot(absDir, limits) {
      const why = outside(absDir);
      if (why) return { ok: false, reason: `it ${why}` };
      if (!isDir(absDir)) return { ok: false, reason: 'it is not a directory' };
      return diskSnapshot(absDir, limits);
    },
  };
}

export function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function tryRealpath(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/**
 * Whether `abs` does not exist, asked without an exception (a read that throws costs ~0.2 ms,
 * and most roots have no `.terraform/modules/modules.json`): true when its nearest existing
 * ancestor is a directory. Anything else (a file on the way, a loop) is left to the read.
 */
function missing(abs: string): boolean {
  try {
    for (let path = abs; ;) {
      const info = statSync(path, { throwIfNoEntry: false });
      if (info) return path !== abs && info.isDirectory();
      const parent = dirname(path);
      if (parent === path) return false;
      path = parent;
    }
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

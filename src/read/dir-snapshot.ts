// A directory's files with their bytes, read through a file source, for tools that need
// real files (helm renders a chart from a copy of it). Symlinks are listed, never followed:
// a chart's link could point at the runner's own files, and helm would render them.

import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatBytes } from './load.js';

export interface SnapshotLimits {
  /** Per file (the reader's `maxFileBytes`). */
  maxFileBytes: number;
  maxTotalBytes: number;
  maxFiles: number;
}

export interface DirSnapshot {
  /** Regular files by path relative to the directory ('/' separators), sorted by path. */
  files: { rel: string; bytes: Buffer }[];
  /** Entries left out, with why (a symlink is not followed). */
  left: { rel: string; reason: string }[];
}

export type SnapshotResult = { ok: true; snapshot: DirSnapshot } | { ok: false; reason: string };

export const SYMLINK_LEFT_OUT = 'a symlink (not followed)';

/** Keeps a running total against the limits; returns why a file breaks them, if it does. */
export function limitChecker(limits: SnapshotLimits): (rel: string, size: number) => string | undefined {
  let files = 0;
  let total = 0;
  return (rel, size) => {
    if (size > limits.maxFileBytes)
      return `\`${rel}\` is too large (${formatBytes(size)}, the limit is ${formatBytes(limits.maxFileBytes)})`;
    if (++files > limits.maxFiles) return `it has more than ${limits.maxFiles} files`;
    total += size;
    if (total > limits.maxTotalBytes) return `its files add up to more than ${formatBytes(limits.maxTotalBytes)}`;
    return undefined;
  };
}

/** The file system's view: `lstat`, so a link is seen as a link. `absDir` is checked by the caller. */
export function diskSnapshot(absDir: string, limits: SnapshotLimits): SnapshotResult {
  const check = limitChecker(limits);
  const files: DirSnapshot['files'] = [];
  const left: DirSnapshot['left'] = [];
  const walk = (dir: string, prefix: string): string | undefined => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      return `\`${prefix || '.'}\` cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
    }
    for (const name of names) {
      if (name === '.git') continue;
      const abs = join(dir, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      const st = lstatSync(abs, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isSymbolicLink()) left.push({ rel, reason: SYMLINK_LEFT_OUT });
      else if (st.isDirectory()) {
        const why = walk(abs, rel);
        if (why) return why;
      } else if (st.isFile()) {
        const why = check(rel, st.size);
        if (why) return why;
        try {
          files.push({ rel, bytes: readFileSync(abs) });
        } catch (e) {
          return `\`${rel}\` cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
        }
      } else left.push({ rel, reason: 'not a regular file' });
    }
    return undefined;
  };
  const why = walk(absDir, '');
  if (why) return { ok: false, reason: why };
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { ok: true, snapshot: { files, left } };
}

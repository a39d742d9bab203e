// Walks the given paths into a sorted list of candidate files, confined to a root
// directory (realpath containment: symlinks that leave it are not followed).

import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { kindOf, type FileKind } from './kinds.js';

/** Directories never worth descending into. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.terraform', '.terragrunt-cache', '.hg', '.svn']);

export interface Candidate {
  /** Absolute path. */
  abs: string;
  /** Path shown to users: relative to cwd, '/' separators. */
  path: string;
  kind: FileKind;
  /** Named explicitly on the command line (lint it whatever its extension). */
  explicit: boolean;
}

export interface Discovery {
  files: Candidate[];
  /** Paths refused or missing, with why. */
  problems: { path: string; reason: string }[];
}

export interface DiscoverOptions {
  cwd: string;
  /** Nothing outside this directory is read. */
  root?: string;
  /** Returns true for paths (relative to cwd) that config excludes. */
  isIgnored?: (path: string) => boolean;
}

export function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

export async function discover(paths: string[], options: DiscoverOptions): Promise<Discovery> {
  const root = options.root ? await realpath(options.root).catch(() => resolve(options.root!)) : undefined;
  const seen = new Set<string>();
  const files: Candidate[] = [];
  const problems: Discovery['problems'] = [];

  const inside = (real: string) => !root || real === root || real.startsWith(root + sep);

  async function visit(abs: string, explicit: boolean): Promise<void> {
    const display = displayPath(options.cwd, abs);
    if (!explicit && options.isIgnored?.(display)) return;
    let real: string;
    try {
      real = await realpath(abs);
    } catch {
      if (explicit) problems.push({ path: display, reason: 'no such file or directory' });
      return;
    }
    if (!inside(real)) {
      problems.push({ path: display, reason: 'outside the workspace: not read' });
      return;
    }
    const info = await stat(real).catch(() => undefined);
    if (!info) return;
    if (info.isDirectory()) {
      if (seen.has(real)) return;
      seen.add(real);
      const entries = await readdir(abs).catch(() => [] as string[]);
      entries.sort();
      for (const name of entries) {
        // Symlinks are resolved in visit() and followed only when they stay inside the root.
        if (!SKIP_DIRS.has(name)) await visit(join(abs, name), false);
      }
      return;
    }
    if (!info.isFile() || seen.has(real)) return;
    const kind = kindOf(display);
    if (kind === 'other' && !explicit) return;
    seen.add(real);
    files.push({ abs, path: display, kind: kind === 'other' ? 'yaml' : kind, explicit });
  }

  for (const p of paths) await visit(resolve(options.cwd, p), true);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

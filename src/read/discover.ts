// Walks the given paths into a sorted list of candidate files, confined to a root
// directory (realpath containment: symlinks that leave it are not followed). Inside a
// walk, a symlink is followed only when its target lies within the scanned paths: a
// link to /etc or to a sibling checkout is not linted as if it were part of the repo.

import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { kindOf, type FileKind } from './kinds.js';

/** Directories never worth descending into. */
export const SKIP_DIRS = new Set(['.git', 'node_modules', '.terraform', '.terragrunt-cache', '.hg', '.svn']);

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
  /** Paths refused or missing, with why (info lines). */
  problems: { path: string; reason: string }[];
  /** Directories (or paths) that exist but cannot be read: reported like unreadable files. */
  unreadable: { path: string; reason: string }[];
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
  // Synchronous calls: a walk of thousands of files spends most of its time in promise
  // round trips through the thread pool otherwise (4-5x slower measured here).
  const root = options.root ? (tryRealpath(options.root) ?? resolve(options.root)) : undefined;
  const cwd = resolve(options.cwd);
  const cwdSlash = cwd.endsWith(sep) ? cwd : cwd + sep;
  const seenDirs = new Set<string>();
  // Files added, by real directory then name: a set of 10,000 full real paths cost more
  // than the rest of the walk (each concatenated path flattened and hashed, measured).
  const seenFiles = new Map<string, Set<string>>();
  const files: Candidate[] = [];
  const problems: Discovery['problems'] = [];
  const unreadable: Discovery['unreadable'] = [];

  const within = (real: string, dir: string) => real === dir || real.startsWith(dir.endsWith(sep) ? dir : dir + sep);
  const inside = (real: string) => !root || within(real, root);
  // The real paths of what was asked for: symlinks met during the walk must stay within them.
  const scanned = paths.map((p) => tryRealpath(resolve(options.cwd, p))).filter((p): p is string => p !== undefined);
  const inScanned = (real: string) => scanned.some((d) => within(real, d));

  function visit(abs: string, explicit: boolean): void {
    const display = displayPath(options.cwd, abs);
    if (!explicit && options.isIgnored?.(display)) return;
    const real = tryRealpath(abs);
    if (real === undefined) {
      if (explicit) problems.push({ path: display, reason: 'no such file or directory' });
      return;
    }
    if (!inside(real)) {
      problems.push({ path: display, reason: 'outside the workspace: not read' });
      return;
    }
    if (!explicit && !inScanned(real)) {
      problems.push({ path: display, reason: 'symbolic link to a path outside the scanned paths: not followed' });
      return;
    }
    let info;
    try {
      info = statSync(real);
    } catch (e) {
      unreadable.push({ path: display, reason: `cannot be read (${errorCode(e)})` });
      return;
    }
    if (info.isDirectory()) visitDir(abs, real, display);
    else if (info.isFile()) addFile(abs, dirname(real), basename(real), display, kindOf(display), explicit);
    else if (explicit) problems.push({ path: display, reason: 'not a regular file or directory: not read' });
  }

  function visitDir(abs: string, real: string, display: string): void {
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      unreadable.push({ path: display, reason: `directory cannot be read (${errorCode(e)})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // Children's paths by appending a name (path.join / relative per file cost more than
    // the directory listing on a large tree).
    const absPrefix = abs.endsWith(sep) ? abs : abs + sep;
    const realPrefix = real.endsWith(sep) ? real : real + sep;
    // A child's display path is its parent's plus its name (path.relative per file costs),
    // except in a folder cwd lies in: a child there may lead back down (`..` then `.`).
    const appends =
      display === '.' ||
      (!isAbsolute(display) && (!display.startsWith('..') || (APPENDS_BELOW && !cwdSlash.startsWith(absPrefix))));
    const displayPrefix = display === '.' ? '' : `${display}/`;
    for (const entry of entries) {
      if (SKIP_DIRS.has(entry.name)) continue;
      const childAbs = absPrefix + entry.name;
      // Symlinks are resolved in visit() and followed only when they stay inside the root.
      if (entry.isSymbolicLink()) {
        visit(childAbs, false);
        continue;
      }
      // Not a link, in a directory whose real path is known: no system call needed.
      const isDir = entry.isDirectory();
      if (!isDir && !entry.isFile()) continue;
      const childDisplay = appends ? displayPrefix + entry.name : displayPath(options.cwd, childAbs);
      if (options.isIgnored?.(childDisplay)) continue;
      if (isDir) visitDir(childAbs, realPrefix + entry.name, childDisplay);
      else addFile(childAbs, real, entry.name, childDisplay, kindOf(entry.name), false);
    }
  }

  /** A file whose real path is `realDir`/`name` (the same file reached twice is added once); `kind` by its shown name. */
  function addFile(abs: string, realDir: string, name: string, display: string, kind: FileKind, explicit: boolean) {
    let names = seenFiles.get(realDir);
    if (names?.has(name)) return;
    if (kind === 'other' && !explicit) return;
    if (!names) seenFiles.set(realDir, (names = new Set()));
    names.add(name);
    files.push({ abs, path: display, kind: kind === 'other' ? 'yaml' : kind, explicit });
  }

  for (const p of paths) visit(resolve(options.cwd, p), true);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems, unreadable };
}

/** Paths compare as strings (not on Windows, where relative() ignores case). */
const APPENDS_BELOW = sep === '/';

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? 'error';
}

function tryRealpath(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

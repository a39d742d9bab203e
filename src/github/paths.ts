// Containment of paths from inputs and config in the workspace. A path is resolved through
// its symlinks (realpath) and must stay inside the workspace's real path; a path that does
// not exist yet is checked through its nearest existing parent.

import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The absolute real path of `path` (relative to `workspace`), or undefined when it escapes. */
export function containedPath(workspace: string, path: string): string | undefined {
  if (path.includes('\0')) return undefined;
  let root: string;
  try {
    root = realpathSync(workspace);
  } catch {
    return undefined;
  }
  const target = resolve(root, path);
  if (!inside(root, target)) return undefined;
  let existing = target;
  const rest: string[] = [];
  for (;;) {
    try {
      const real = realpathSync(existing);
      const full = rest.length > 0 ? resolve(real, ...rest.reverse()) : real;
      return inside(root, full) ? full : undefined;
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return undefined;
      rest.push(existing.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
      existing = parent;
    }
  }
}

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** `/`-separated path relative to the workspace, for outputs and LintOptions. */
export function workspaceRelative(workspace: string, absolute: string): string {
  let root = workspace;
  try {
    root = realpathSync(workspace);
  } catch {
    // keep the given path
  }
  const rel = relative(root, absolute);
  return rel === '' ? '.' : rel.split(sep).join('/');
}

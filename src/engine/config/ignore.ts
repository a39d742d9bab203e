// The config's `ignore` globs as a predicate over absolute paths.

import { isAbsolute, relative, resolve, sep } from 'node:path';
import { Minimatch } from 'minimatch';

/**
 * True when a path, or a directory above it, matches an `ignore` glob (relative to the
 * config directory). Paths outside that directory never match.
 */
export function createIgnoreMatcher(config: { dir: string; ignore: readonly string[] }): (absPath: string) => boolean {
  // `dir/**` also matches `dir` itself, so a walker can skip the whole directory.
  const globs = config.ignore.flatMap((g) => {
    const full = g.endsWith('/') ? `${g}**` : g;
    return full.endsWith('/**') && full.length > 3 ? [full, full.slice(0, -3)] : [full];
  });
  const patterns = globs.map((g) => new Minimatch(g, { dot: true }));
  return (absPath) => {
    if (patterns.length === 0) return false;
    const rel = relative(config.dir, resolve(absPath));
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    const parts = rel.split(sep);
    for (let i = parts.length; i >= 1; i--) {
      const candidate = parts.slice(0, i).join('/');
      if (patterns.some((p) => p.match(candidate))) return true;
    }
    return false;
  };
}

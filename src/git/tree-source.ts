// A commit's tree as the pipeline's file source: discovery, reads (one `git cat-file
// --batch` for all candidates), config search and containment, with nothing checked out.
// Files appear under `root` (the repository's working-tree path), as they would on disk.

import { isAbsolute, join, relative, sep } from 'node:path';
import { displayPath, SKIP_DIRS, type Candidate, type Discovery } from '../read/discover.js';
import { limitChecker, SYMLINK_LEFT_OUT, type DirSnapshot } from '../read/dir-snapshot.js';
import type { FileSource } from '../read/file-source.js';
import { kindOf, type FileKind } from '../read/kinds.js';
import { decode, decodedText, formatBytes } from '../read/load.js';
import type { GitTree, TreeEntry } from './tree.js';

const OUTSIDE = 'resolves outside the repository (a symlink out of it is not followed)';

export async function treeSource(tree: GitTree, root: string): Promise<FileSource> {
  await tree.loadLinks();
  /** Repository path of an absolute path, or undefined when it is not under root. */
  const repoPath = (abs: string): string | undefined => {
    const rel = relative(root, abs);
    if (rel.startsWith('..') || rel.startsWith(sep)) return undefined;
    return rel.split(sep).join('/');
  };
  const entries = new Map<string, TreeEntry>(); // candidate abs → resolved blob
  const blobs = new Map<string, Buffer>(); // prefetched, by candidate abs; dropped once loaded
  const short = tree.commit.slice(0, 12);

  const resolveFile = (abs: string): TreeEntry | string => {
    const rel = repoPath(abs);
    if (rel === undefined) return 'is outside the repository';
    const r = tree.resolve(rel);
    if (r.kind === 'outside') return OUTSIDE;
    if (r.kind !== 'file') return `does not exist in commit ${short}`;
    return r.entry;
  };

  return {
    label: `commit ${short}`,

    async discover(paths, options): Promise<Discovery> {
      const files: Candidate[] = [];
      const problems: Discovery['problems'] = [];
      const seen = new Set<string>();

      const visit = (abs: string, explicit: boolean): void => {
        const display = displayPath(options.cwd, abs);
        if (!explicit && options.isIgnored?.(display)) return;
        const rel = repoPath(abs);
        if (rel === undefined) {
          problems.push({ path: display, reason: 'outside the repository: not read' });
          return;
        }
        const r = tree.resolve(rel);
        if (r.kind === 'outside') problems.push({ path: display, reason: `${OUTSIDE}: not read` });
        else if (r.kind === 'missing') {
          if (explicit) problems.push({ path: display, reason: `no such file or directory in commit ${short}` });
        } else if (r.kind === 'dir') visitDir(abs, r.path, display);
        else addFile(abs, r.entry, display, kindOf(display), explicit);
      };

      const visitDir = (abs: string, dir: string, display: string): void => {
        if (seen.has(`${dir}/`)) return;
        seen.add(`${dir}/`);
        // Children's paths by appending a name, as the disk walk does (src/read/discover.ts).
        const absPrefix = abs.endsWith(sep) ? abs : abs + sep;
        const under = display === '.' || !(display.startsWith('..') || isAbsolute(display));
        const displayPrefix = display === '.' ? '' : `${display}/`;
        for (const child of tree.list(dir) ?? []) {
          if (SKIP_DIRS.has(child.name)) continue;
          const childAbs = absPrefix + child.name;
          if (child.kind === 'symlink') {
            visit(childAbs, false);
            continue;
          }
          const childDisplay = under ? displayPrefix + child.name : displayPath(options.cwd, childAbs);
          if (options.isIgnored?.(childDisplay)) continue;
          if (child.kind === 'dir') visitDir(childAbs, child.path, childDisplay);
          else addFile(childAbs, tree.entry(child.path)!, childDisplay, kindOf(child.name), false);
        }
      };

      /** `kind` by the file's shown name (a walked file's own name: no need to slice its path). */
      const addFile = (abs: string, entry: TreeEntry, display: string, kind: FileKind, explicit: boolean): void => {
        if (seen.has(entry.path)) return;
        if (kind === 'other' && !explicit) return;
        seen.add(entry.path);
        entries.set(abs, entry);
        files.push({ abs, path: display, kind: kind === 'other' ? 'yaml' : kind, explicit });
      };

      for (const p of paths) visit(join(options.cwd, p), true);
      files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      return { files, problems, unreadable: [] }; // git objects are always readable
    },

    async prefetch(candidates, maxBytes) {
      const wanted = candidates.flatMap((c) => {
        const e = entries.get(c.abs);
        return e && c.kind !== 'tfstate' && e.size <= maxBytes && !blobs.has(c.abs) ? [[c.abs, e] as const] : [];
      });
      const read = await tree.read(wanted.map(([, e]) => e));
      for (const [abs, e] of wanted) {
        const b = read.get(e.path);
        if (b) blobs.set(abs, b);
      }
    },

    load(candidate, maxBytes) {
      const found = entries.get(candidate.abs) ?? resolveFile(candidate.abs);
      if (typeof found === 'string') return { ok: false, reason: found };
      if (found.size > maxBytes)
        return { ok: false, reason: `too large (${formatBytes(found.size)}, the limit is ${formatBytes(maxBytes)})` };
      const buf = blobs.get(candidate.abs);
      blobs.delete(candidate.abs);
      if (!buf) return { ok: false, reason: `cannot be read (object ${found.oid.slice(0, 12)} is missing)` };
      return decode(buf, candidate.path);
    },

    loadText(candidate, maxBytes) {
      const found = entries.get(candidate.abs) ?? resolveFile(candidate.abs);
      if (typeof found === 'string' || found.size > maxBytes) return undefined;
      const buf = blobs.get(candidate.abs);
      blobs.delete(candidate.abs);
      return buf && decodedText(buf);
    },

    async readText(abs) {
      const found = resolveFile(abs);
      if (typeof found === 'string') return { ok: false, reason: found === OUTSIDE ? OUTSIDE : 'no such file' };
      const buf = (await tree.read([found])).get(found.path);
      return buf ? { ok: true, text: buf.toString('utf8') } : { ok: false, reason: 'object missing' };
    },

    async listFiles(absDir) {
      const rel = repoPath(absDir);
      const dir = rel === undefined ? undefined : tree.resolve(rel);
      if (!dir || dir.kind !== 'dir') return undefined;
      return (tree.list(dir.path) ?? [])
        .filter((c) => c.kind === 'file' || (c.kind === 'symlink' && tree.resolve(c.path).kind === 'file'))
        .map((c) => c.name);
    },

    async findUp(start, names) {
      let rel = repoPath(start);
      if (rel === undefined) return undefined;
      if (tree.resolve(rel).kind === 'file') rel = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
      for (;;) {
        for (const name of names) {
          const candidate = rel === '' ? name : `${rel}/${name}`;
          // A config linked out of the repository is returned: reading it then says why it is refused.
          const kind = tree.resolve(candidate).kind;
          if (kind === 'file' || kind === 'outside') return join(root, candidate);
        }
        if (rel === '') return undefined;
        rel = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
      }
    },

    outside(abs) {
      const rel = repoPath(abs);
      if (rel === undefined) return 'is outside the repository';
      return tree.resolve(rel).kind === 'outside' ? OUTSIDE : undefined;
    },

    async snapshot(absDir, limits) {
      const rel = repoPath(absDir);
      const dir = rel === undefined ? undefined : tree.resolve(rel);
      if (!dir || dir.kind === 'outside') return { ok: false, reason: `it ${OUTSIDE}` };
      if (dir.kind !== 'dir') return { ok: false, reason: `it is not a directory in commit ${short}` };
      const check = limitChecker(limits);
      const wanted: { rel: string; entry: TreeEntry }[] = [];
      const left: DirSnapshot['left'] = [];
      // Listed entries only (no link followed): every path stays under the directory.
      const walk = (path: string, prefix: string): string | undefined => {
        for (const child of tree.list(path) ?? []) {
          const childRel = prefix ? `${prefix}/${child.name}` : child.name;
          if (child.kind === 'symlink') left.push({ rel: childRel, reason: SYMLINK_LEFT_OUT });
          else if (child.kind === 'dir') {
            const why = walk(child.path, childRel);
            if (why) return why;
          } else {
            const entry = tree.entry(child.path)!;
            const why = check(childRel, entry.size);
            if (why) return why;
            wanted.push({ rel: childRel, entry });
          }
        }
        return undefined;
      };
      const why = walk(dir.path, '');
      if (why) return { ok: false, reason: why };
      const read = await tree.read(wanted.map((w) => w.entry));
      const files: DirSnapshot['files'] = [];
      for (const w of wanted) {
        const bytes = read.get(w.entry.path);
        if (!bytes)
          return { ok: false, reason: `\`${w.rel}\` cannot be read (object ${w.entry.oid.slice(0, 12)} is missing)` };
        files.push({ rel: w.rel, bytes });
      }
      files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
      return { ok: true, snapshot: { files, left } };
    },
  };
}

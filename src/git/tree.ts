// One commit's tree as a read-only file system: files, directories and symlinks by
// repository path ('/' separators, no leading slash; '' is the root). Symlinks resolve
// inside the tree only: a link that leaves it (absolute, or `..` above the root) is
// reported as such and never followed.

export interface TreeEntry {
  mode: string;
  oid: string;
  size: number;
  path: string;
}

export type Resolved =
  | { kind: 'file'; path: string; entry: TreeEntry }
  | { kind: 'dir'; path: string }
  | { kind: 'outside'; link: string }
  | { kind: 'missing' };

export interface DirEntry {
  name: string;
  path: string;
  kind: 'file' | 'dir' | 'symlink';
}

const SYMLINK_MODE = '120000';
const MAX_LINKS = 40;

/** What a tree needs from its repository: the blobs' bytes (GitRepo provides it). */
export interface BlobReader {
  readBlobs(oids: string[]): Promise<Map<string, Buffer>>;
}

export class GitTree {
  private readonly files = new Map<string, TreeEntry>();
  private readonly dirs = new Map<string, DirEntry[]>();
  private targets?: Map<string, string>;

  constructor(
    readonly repo: BlobReader,
    readonly commit: string,
    entries: TreeEntry[],
  ) {
    this.dirs.set('', []);
    for (const e of entries) {
      this.files.set(e.path, e);
      // Each component from the left: `a`, `a/b`, … (slices, not split/join per level).
      let parent = '';
      for (let start = 0; ;) {
        const slash = e.path.indexOf('/', start);
        if (slash === -1) {
          const kind = e.mode === SYMLINK_MODE ? 'symlink' : 'file';
          this.dirs.get(parent)!.push({ name: e.path.slice(start), path: e.path, kind });
          break;
        }
        const path = e.path.slice(0, slash);
        if (!this.dirs.has(path)) {
          this.dirs.get(parent)!.push({ name: e.path.slice(start, slash), path, kind: 'dir' });
          this.dirs.set(path, []);
        }
        parent = path;
        start = slash + 1;
      }
    }
    for (const list of this.dirs.values()) list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Symlink targets are read once, in one batch, before any path is resolved. */
  async loadLinks(): Promise<void> {
    if (this.targets) return;
    const links = [...this.files.values()].filter((e) => e.mode === SYMLINK_MODE);
    const blobs = await this.repo.readBlobs(links.map((e) => e.oid));
    this.targets = new Map(links.map((e) => [e.path, blobs.get(e.oid)?.toString('utf8') ?? '']));
  }

  get size(): number {
    return this.files.size;
  }

  /** Entries of a directory (no link followed), sorted by name; undefined when it is not one. */
  list(dir: string): DirEntry[] | undefined {
    return this.dirs.get(dir);
  }

  /** The entry stored at exactly this path (a symlink is returned as itself). */
  entry(path: string): TreeEntry | undefined {
    return this.files.get(path);
  }

  /** Follows symlinks in every component of `path`. */
  resolve(path: string): Resolved {
    if (!this.targets) throw new Error('GitTree.loadLinks() must run before resolve()');
    let parts = split(path);
    if (parts === undefined) return { kind: 'outside', link: path };
    let hops = 0;
    for (let i = 0; i < parts.length; i++) {
      const prefix = parts.slice(0, i + 1).join('/');
      const target = this.targets.get(prefix);
      if (target === undefined) {
        if (this.files.has(prefix) && i < parts.length - 1) return { kind: 'missing' };
        continue;
      }
      if (++hops > MAX_LINKS) return { kind: 'missing' };
      if (target.startsWith('/')) return { kind: 'outside', link: prefix };
      const joined = split([...parts.slice(0, i), target, ...parts.slice(i + 1)].join('/'));
      if (joined === undefined) return { kind: 'outside', link: prefix };
      parts = joined;
      i = -1; // start again: the new path may contain links anywhere
    }
    const full = parts.join('/');
    const entry = this.files.get(full);
    if (entry) return { kind: 'file', path: full, entry };
    if (this.dirs.has(full)) return { kind: 'dir', path: full };
    return { kind: 'missing' };
  }

  /** Contents of files by resolved path, in one batch. */
  async read(entries: TreeEntry[]): Promise<Map<string, Buffer>> {
    const blobs = await this.repo.readBlobs(entries.map((e) => e.oid));
    const out = new Map<string, Buffer>();
    for (const e of entries) {
      const b = blobs.get(e.oid);
      if (b) out.set(e.path, b);
    }
    return out;
  }
}

/** Normalised components, or undefined when `..` climbs above the root. */
function split(path: string): string[] | undefined {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out;
}

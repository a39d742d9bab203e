// Where a unit's `terraform { source }` points, among the scanned directories:
//   - a local path (`../modules/x`, `${get_parent_terragrunt_dir()}/modules/x`): that directory;
//   - a Git or GitHub source with a subdirectory (`git::https://host/org/repo.git//modules/x?ref=v1`):
//     the scanned directory that ends with `repo/modules/x`, else the only one that ends with
//     `modules/x` (the modules repository checked out next to the live one);
//   - a registry source (`tfr:///ns/name/provider?version=1.2.3`): a registry module call
//     `ns/name/provider` with that version;
//   - anything else (an archive URL, a Git source not in the scan): a call of that source, unresolved.

import { posix } from 'node:path';
import { toDisplay, resolveIn, toVirtual } from './paths.js';

export type ResolvedSource =
  | { kind: 'local'; dir: string; name: string }
  | { kind: 'registry'; source: string; version?: string; name: string }
  | { kind: 'remote'; source: string; name: string };

const callName = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_') || 'unit';

function query(source: string): { path: string; params: URLSearchParams } {
  const i = source.indexOf('?');
  return i < 0
    ? { path: source, params: new URLSearchParams() }
    : { path: source.slice(0, i), params: new URLSearchParams(source.slice(i + 1)) };
}

/** The scanned directory a remote repository's subdirectory is checked out as, if exactly one. */
function checkedOut(repo: string, subdir: string, moduleDirs: string[]): string | undefined {
  const wanted = subdir === '' ? repo : `${repo}/${subdir}`;
  const withRepo = moduleDirs.filter((d) => d === wanted || d.endsWith(`/${wanted}`));
  if (withRepo.length === 1) return withRepo[0];
  if (subdir === '') return undefined;
  const bySubdir = moduleDirs.filter((d) => d === subdir || d.endsWith(`/${subdir}`));
  return bySubdir.length === 1 ? bySubdir[0] : undefined;
}

export function resolveSource(value: unknown, unitDir: string, moduleDirs: string[]): ResolvedSource | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const { path, params } = query(value);
  if (path.startsWith('/') || path.startsWith('./') || path.startsWith('../') || path === '.' || path === '..') {
    const dir = toDisplay(resolveIn(toVirtual(unitDir), path));
    return { kind: 'local', dir, name: callName(posix.basename(dir)) };
  }
  const registry = /^tfr:\/\/([^/]*)\/(.+)$/.exec(path);
  if (registry) {
    const source = registry[1] ? `${registry[1]}/${registry[2]}` : registry[2];
    const version = params.get('version') ?? undefined;
    const name = callName(source.split('/').slice(-2, -1)[0] ?? source);
    return { kind: 'registry', source, ...(version !== undefined ? { version } : {}), name };
  }
  // git::https://host/org/repo.git//sub/dir, github.com/org/repo//sub/dir, git@host:org/repo.git//sub
  const bare = path.replace(/^[a-z0-9]+::/i, '').replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const split = bare.indexOf('//');
  const repoPart = split < 0 ? bare : bare.slice(0, split);
  const subdir = split < 0 ? '' : bare.slice(split + 2).replace(/^\/+|\/+$/g, '');
  const repo = posix.basename(repoPart.replace(/:/g, '/')).replace(/\.git$/, '');
  const dir = repo ? checkedOut(repo, posix.normalize(subdir || '.').replace(/^\.$/, ''), moduleDirs) : undefined;
  if (dir) return { kind: 'local', dir, name: callName(posix.basename(dir)) };
  return { kind: 'remote', source: value, name: callName(posix.basename(subdir || repo || 'unit')) };
}

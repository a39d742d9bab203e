// The scan, split into deployment units that are parsed, modelled and linted one at a time
// (so memory follows the largest unit, not the repository):
//   - a Terraform root with every local module it calls (a module called by several roots
//     is read by each of them; the first unit owns its files);
//   - the YAML of the folders a kustomization joins (a folder of manifests on its own);
//   - a folder's remaining Terraform files (tfvars, backend configs, state files) that no
//     module directory holds;
//   - a stream read from stdin.
// Roots are the ones the whole scan would choose (build.ts findRootDirs), so a unit's model
// is the whole scan's model of those files. Ordered: Terraform roots as the whole scan's
// stacks, then folders, then YAML units by their first file.

import { findRootDirs } from '../../model/terraform/build.js';
import type { Candidate } from '../../read/discover.js';
import { dirOf, isModuleFile, type UnitLinks } from './links.js';

export type LintUnitKind = 'terraform' | 'files' | 'kubernetes' | 'stream' | 'all';

export interface LintUnit {
  /** `terraform:<root dir>`, `files:<dir>`, `kubernetes:<first dir>`, `stream:<stdin>`, or `all`. */
  id: string;
  kind: LintUnitKind;
  /** Every file the unit reads, in scan order. */
  files: Candidate[];
  /** Paths of the files whose parse errors, suppressions and counts this unit reports. */
  owned: ReadonlySet<string>;
  /** Terraform units: the root to instantiate. */
  roots?: string[];
  /** Terraform directories this unit models on their defaults when no stack instantiates them. */
  ownedDirs?: ReadonlySet<string>;
}

/** The whole scan as one unit (the reference run, and sources that must be read at once). */
export function wholeScan(candidates: Candidate[]): LintUnit[] {
  return [{ id: 'all', kind: 'all', files: candidates, owned: new Set(candidates.map((c) => c.path)) }];
}

export function planUnits(candidates: Candidate[], links: UnitLinks): LintUnit[] {
  const units: LintUnit[] = [];
  const owner = new Map<string, LintUnit>(); // path → owning unit
  const add = (unit: Omit<LintUnit, 'owned'>, owned: Candidate[]) => {
    const u: LintUnit = { ...unit, owned: new Set(owned.map((c) => c.path)) };
    for (const c of owned) owner.set(c.path, u);
    units.push(u);
  };

  // Terraform: the files of each directory, grouped as the model groups them.
  const tfByDir = new Map<string, Candidate[]>();
  const yaml: Candidate[] = [];
  let stdin: Candidate | undefined;
  for (const c of candidates) {
    if (c.abs === '-') stdin = c;
    else if (c.kind === 'yaml' || c.kind === 'other') yaml.push(c);
    else push(tfByDir, dirOf(c.path), c);
  }
  const rank = new Map(candidates.map((c, i) => [c, i]));
  const moduleDirs = [...links.calls.keys()].filter((d) => tfByDir.get(d)?.some(isModuleFile));
  const claimed = new Set<string>();
  for (const root of findRootDirs(moduleDirs, links.calls)) {
    const dirs = closure(root, links.calls);
    const ownedDirs = new Set(dirs.filter((d) => !claimed.has(d)));
    for (const d of ownedDirs) claimed.add(d);
    // Scan order, from each folder's files (not a pass over every candidate per root).
    const files = dirs.flatMap((d) => tfByDir.get(d) ?? []).sort((x, y) => rank.get(x)! - rank.get(y)!);
    const owned = dirs.filter((d) => ownedDirs.has(d)).flatMap((d) => tfByDir.get(d) ?? []);
    add({ id: `terraform:${root}`, kind: 'terraform', files, roots: [root], ownedDirs }, owned);
  }
  for (const [dir, files] of [...tfByDir].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (!claimed.has(dir)) add({ id: `files:${dir}`, kind: 'files', files }, files);

  // YAML: folders joined by kustomizations.
  const yamlDirs = new Map<string, Candidate[]>();
  for (const c of yaml) push(yamlDirs, dirOf(c.path), c);
  const parent = new Map<string, string>([...yamlDirs.keys()].map((d) => [d, d]));
  const find = (d: string): string => {
    let r = d;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(d, r);
    return r;
  };
  for (const [a, b] of links.kustomize) {
    if (!parent.has(a) || !parent.has(b)) continue;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, Candidate[]>();
  for (const c of yaml) push(groups, find(dirOf(c.path)), c);
  for (const files of groups.values())
    add({ id: `kubernetes:${dirOf(files[0].path)}`, kind: 'kubernetes', files }, files);
  if (stdin) add({ id: 'stream:<stdin>', kind: 'stream', files: [stdin] }, [stdin]);
  return units;
}

/** Units linted together (rules that join across units): their files once, in scan order (`rank`). */
export function mergeUnits(units: LintUnit[], rank: (c: Candidate) => number): LintUnit {
  const files = new Map<string, Candidate>();
  for (const u of units) for (const c of u.files) if (!files.has(c.path)) files.set(c.path, c);
  return {
    id: units.map((u) => u.id).join('+'),
    kind: units.every((u) => u.kind === units[0].kind) ? units[0].kind : 'all',
    files: [...files.values()].sort((a, b) => rank(a) - rank(b)),
    owned: new Set(units.flatMap((u) => [...u.owned])),
    roots: units.flatMap((u) => u.roots ?? []),
    ownedDirs: new Set(units.flatMap((u) => [...(u.ownedDirs ?? [])])),
  };
}

/** The root and every directory it reaches through local calls, in call order. */
function closure(root: string, calls: ReadonlyMap<string, readonly string[]>): string[] {
  const seen = new Set<string>();
  const visit = (d: string) => {
    if (seen.has(d)) return;
    seen.add(d);
    for (const t of calls.get(d) ?? []) visit(t);
  };
  visit(root);
  return [...seen];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

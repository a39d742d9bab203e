// The repository as units, before anything is parsed: which unit owns each file, which
// units a unit uses (local modules it calls, files Terraform reads, kustomize bases and
// components, the values files of a chart) and which units are joined by a name (a
// backend and the bucket holding its state). Changed-units mode and `--shard` choose
// units from it; the pipeline then lints the files of the units it must model.
//
// A unit owns files: every file belongs to exactly one. It is the directory holding the
// file (a Terraform module, a folder of manifests, a kustomization), except that a Helm
// chart (the outermost folder with a Chart.yaml) owns everything below it.

import { posix } from 'node:path';
import type { Candidate } from '../../read/discover.js';
import { isAutoTfvars } from '../../read/kinds.js';
import {
  backendConfigFacts,
  chartName,
  helmOutputFacts,
  kustomizationFacts,
  terraformFacts,
  terragruntFacts,
  type FileFacts,
} from './scan.js';

export interface PlanUnit {
  /** The unit's directory (display path, `.` for the working directory). */
  id: string;
  files: Candidate[];
  /** Units this one uses (it calls, includes or reads them). */
  uses: Set<string>;
  /** Units that use this one. */
  usedBy: Set<string>;
  /**
   * Units joined to this one by a name, both ways: a state bucket's declaration and the
   * backends keeping state in it (not two of those backends), see joinByName.
   */
  joined: Set<string>;
}

export interface UnitPlan {
  units: Map<string, PlanUnit>;
  /** The unit owning a path (present or not: a deleted file's folder), or undefined when there is none. */
  unitOf(path: string): string | undefined;
}

export interface PlanInput {
  candidates: readonly Candidate[];
  /** The text of a candidate the plan needs to read (Terraform, kustomizations), or undefined. */
  read(candidate: Candidate): string | undefined;
  /**
   * Facts already read by path, shared by the two sides of a change: an entry is reused
   * unless `stale(path)` (the change touches the file); null: read, nothing learned.
   */
  cache?: { facts: Map<string, FileFacts | null>; stale(path: string): boolean };
  /** Extra uses known from configuration, e.g. a chart's values files: `[from, to]` display paths. */
  extraUses?: readonly (readonly [string, string])[];
}

const KUSTOMIZATION = /(^|\/)kustomization\.ya?ml$/;
const CHART = /(^|\/)Chart\.ya?ml$/;

export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '.' : path.slice(0, slash);
}

export function planUnits(input: PlanInput): UnitPlan {
  const charts = input.candidates
    .filter((c) => CHART.test(c.path))
    .map((c) => dirOf(c.path))
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const chartOf = (path: string): string | undefined =>
    charts.find((d) => d === '.' || path === d || path.startsWith(`${d}/`));
  const ownerOf = (path: string): string => chartOf(path) ?? dirOf(path);

  const units = new Map<string, PlanUnit>();
  const unit = (id: string): PlanUnit => {
    let u = units.get(id);
    if (!u) units.set(id, (u = { id, files: [], uses: new Set(), usedBy: new Set(), joined: new Set() }));
    return u;
  };
  const facts: [path: string, facts: FileFacts][] = []; // iterated only: no map to hash paths into
  // Charts by directory name and by their Chart.yaml's name: `# Source: <name>/…` of rendered output.
  const chartsByName = new Map<string, string[]>();
  const nameChart = (name: string, dir: string) => chartsByName.set(name, [...(chartsByName.get(name) ?? []), dir]);
  const cache = input.cache;
  let last: PlanUnit | undefined; // candidates come sorted: a folder's files one after another
  for (const c of input.candidates) {
    const id = ownerOf(c.path);
    if (last?.id !== id) last = unit(id);
    last.files.push(c);
    if (CHART.test(c.path)) {
      const dir = dirOf(c.path);
      nameChart(posix.basename(dir === '.' ? '' : dir) || '.', dir);
      const text = input.read(c);
      const name = text === undefined ? undefined : chartName(text);
      if (name !== undefined) nameChart(name, dir);
      continue;
    }
    const helmOutput = charts.length > 0 && chartOf(c.path) === undefined;
    if (!readsText(c, helmOutput)) continue;
    let f = cache?.facts.get(c.path);
    if (f === undefined || cache!.stale(c.path)) {
      f = factsOf(c, input.read, helmOutput) ?? null;
      cache?.facts.set(c.path, f);
    }
    if (f) facts.push([c.path, f]);
  }

  let filePaths: Set<string> | undefined; // built when a unit's own path is asked about
  const isFile = (path: string) => (filePaths ??= new Set(input.candidates.map((c) => c.path))).has(path);
  const unitOf = (path: string): string | undefined => {
    const chart = chartOf(path);
    if (chart !== undefined) return chart;
    if (units.has(path) && !isFile(path)) return path;
    const dir = dirOf(path);
    return units.has(dir) ? dir : undefined;
  };
  const link = (from: string, to: string | undefined) => {
    if (to === undefined || to === from) return;
    units.get(from)!.uses.add(to);
    units.get(to)!.usedBy.add(from);
  };
  for (const [path, f] of facts) {
    for (const p of f.uses) link(ownerOf(path), unitOf(p));
    for (const name of f.renders ?? []) for (const dir of chartsByName.get(name) ?? []) link(ownerOf(path), dir);
  }
  for (const [from, to] of input.extraUses ?? []) {
    const u = unitOf(from);
    if (u !== undefined) link(u, unitOf(to));
  }
  joinByName(facts, ownerOf, units);
  return { units, unitOf };
}

/** Whether factsOf() reads the file: what the plan learns nothing from is neither read nor cached. */
export function readsText(c: Candidate, helmOutput: boolean): boolean {
  if (c.kind === 'yaml') return helmOutput || KUSTOMIZATION.test(c.path);
  // The variables Terraform loads by itself can name a root's bucket (`bucket = var.name`).
  if (c.kind === 'tfvars' || c.kind === 'tfvars-json') return isAutoTfvars(c.path);
  return PLANNED.has(c.kind);
}

const PLANNED = new Set(['terragrunt', 'hcl', 'terraform', 'terraform-json', 'backend-config']);

function factsOf(c: Candidate, read: PlanInput['read'], helmOutput: boolean): FileFacts | undefined {
  if (c.kind === 'terragrunt' || c.kind === 'hcl') {
    const text = read(c);
    return text === undefined ? undefined : terragruntFacts(text, dirOf(c.path));
  }
  if (
    c.kind === 'terraform' ||
    c.kind === 'terraform-json' ||
    c.kind === 'backend-config' ||
    c.kind.startsWith('tfvars')
  ) {
    const text = read(c);
    if (text === undefined) return undefined;
    return c.kind === 'backend-config' ? backendConfigFacts(text) : terraformFacts(text, dirOf(c.path));
  }
  if (c.kind === 'yaml' && KUSTOMIZATION.test(c.path)) {
    const text = read(c);
    return text === undefined ? undefined : kustomizationFacts(text, dirOf(c.path));
  }
  if (c.kind === 'yaml' && helmOutput) {
    const text = read(c);
    return text === undefined ? undefined : helmOutputFacts(text);
  }
  return undefined;
}

/**
 * Units joined by a name (a state bucket, a bucket a replication rule or a versioning
 * resource points at): the units holding it outside a backend (as a literal, or a naming
 * template that can produce it: where the bucket is declared) with each other and with every
 * unit looking it up (a backend, an ARN). Two units that only look a name up are not joined:
 * the roots of a monorepo keeping their state in one bucket need its declaration (and its
 * declaration needs them all), not each other. A Terragrunt unit takes the joins of the
 * units it uses (its root.hcl's remote_state).
 */
function joinByName(facts: [string, FileFacts][], ownerOf: (p: string) => string, units: Map<string, PlanUnit>) {
  const consumers = new Map<string, Set<string>>();
  const holders = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, key: string, id: string) => {
    let s = m.get(key);
    if (!s) m.set(key, (s = new Set()));
    s.add(id);
  };
  for (const [path, f] of facts) for (const n of f.consumes) add(consumers, n, ownerOf(path));
  if (consumers.size === 0) return;
  for (const [path, f] of facts) {
    const id = ownerOf(path);
    for (const l of f.literals()) if (consumers.has(l)) add(holders, l, id);
    for (const p of f.patterns()) for (const n of consumers.keys()) if (p.test(n)) add(holders, n, id);
  }
  const join = (a: string, b: string) => {
    if (a === b) return;
    units.get(a)!.joined.add(b);
    units.get(b)!.joined.add(a);
  };
  for (const [name, holding] of holders)
    for (const h of holding) {
      for (const other of holding) join(h, other);
      for (const c of consumers.get(name)!) join(h, c);
    }
  let byName: Map<string, string[]> | undefined; // the joins by name alone, before any is inherited
  for (const [path, f] of facts) {
    if (!f.inheritsJoins) continue;
    byName ??= new Map([...units].map(([id, u]) => [id, [...u.joined]]));
    for (const used of units.get(ownerOf(path))!.uses) for (const j of byName.get(used)!) join(ownerOf(path), j);
  }
}

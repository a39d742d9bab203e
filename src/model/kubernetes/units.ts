// Deployment units: what gets applied to a cluster together. Cross-object rules (an HPA
// and its target, a PDB and the pods it selects, a LimitRange and the containers it
// defaults, a Service and its backends, an operator CR and its pools) only join objects
// of one unit and one namespace: two sample apps in sibling folders that both name a
// Deployment `web` are two applications, not one.
//
// A unit is, in order of precedence:
// - a kustomization root (`kustomization.yaml` that is not only a base of another root);
// - a Helm release: the documents of one rendered stream whose `# Source:` names the
//   same top-level chart;
// - a stream read from stdin;
// - else the directory holding the manifest file.

export type UnitKind = 'kustomization' | 'helm-release' | 'stream' | 'directory';

export interface DeploymentUnit {
  kind: UnitKind;
  /** Stable id shown in reports: `<kind>:<path>` (plus `#<release>` for Helm releases). */
  id: string;
  /** The directory, file or stream the unit is named after ('/' separators, `.` for the working directory). */
  path: string;
}

const cache = new Map<string, DeploymentUnit>();

/** One shared object per id, so units compare by identity as well as by id. */
function unit(kind: UnitKind, path: string, suffix = ''): DeploymentUnit {
  const id = `${kind}:${path}${suffix}`;
  let u = cache.get(id);
  if (!u) cache.set(id, (u = { kind, id, path }));
  return u;
}

export function directoryUnit(dir: string): DeploymentUnit {
  return unit('directory', dir === '' ? '.' : dir);
}

/** The kustomization root in `dir` (the folder holding `kustomization.yaml`). */
export function kustomizationUnit(dir: string): DeploymentUnit {
  return unit('kustomization', dir === '' ? '.' : dir);
}

/**
 * A Helm release rendered into `file` (a path or `<stdin>`). `release` is the release or
 * top-level chart name; the Helm helper assigns it per document from `# Source:`.
 */
export function helmReleaseUnit(file: string, release: string): DeploymentUnit {
  return unit('helm-release', file, `#${release}`);
}

/** A plain YAML stream that is not a file (stdin). */
export function streamUnit(name: string): DeploymentUnit {
  return unit('stream', name);
}

/** The top-level chart of a `# Source: <chart>/templates/...` (or `<chart>/charts/<sub>/...`) path. */
export function helmChartOfSource(source: string): string {
  const slash = source.indexOf('/');
  return slash === -1 ? source : source.slice(0, slash);
}

/**
 * The unit of a document when nothing above it (a kustomization) claims it: its Helm
 * release when rendered by Helm, the stream for stdin, else the file's directory.
 */
export function defaultUnit(filePath: string, helmSource: string | undefined, isStream: boolean): DeploymentUnit {
  if (helmSource !== undefined) return helmReleaseUnit(filePath, helmChartOfSource(helmSource));
  if (isStream) return streamUnit(filePath);
  const slash = filePath.lastIndexOf('/');
  return directoryUnit(slash === -1 ? '.' : filePath.slice(0, slash));
}

/** Key to group objects that may join: same unit, same namespace. */
export function joinKey(obj: { unit: DeploymentUnit; namespace: string }): string {
  return `${obj.unit.id}\u0000${obj.namespace}`;
}

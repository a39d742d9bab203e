// A `kustomization.yaml` read without the kustomize binary: what it includes (resources,
// bases, components), how it changes them (patches, replicas, images, namespace), and
// which references are remote (never fetched).

import { posix } from 'node:path';
import type { SourceFile } from '../../../parse/source.js';
import { yget, type YMap, type YNode, type YScalar, type YamlStream } from '../../../parse/yaml/ast.js';

const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

export function isKustomizationFile(path: string): boolean {
  return KUSTOMIZATION_NAMES.has(posix.basename(path));
}

/** A reference to another file or folder, with where it is written. */
export interface Ref {
  /** Resolved path ('/' separators, relative to the working directory like every display path). */
  path: string;
  /** As written. */
  text: string;
  node: YScalar;
}

export interface PatchTarget {
  group?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

/** One patch: a file (`path`) or inline text (`inline`), strategic-merge or JSON 6902. */
export interface PatchRef {
  path?: Ref;
  inline?: YScalar;
  target?: PatchTarget;
  /** Listed under `patchesJson6902` (the ops list); `patches:` entries are sniffed by content. */
  json6902: boolean;
  /** The list entry, for notes. */
  node: YNode;
}

export interface Kustomization {
  file: SourceFile;
  /** The folder of the kustomization (`.` for the working directory). */
  dir: string;
  /** `kind: Component`: only ever included, never a root. */
  component: boolean;
  /** `resources:` and legacy `bases:`, in order, local ones only. */
  resources: Ref[];
  components: Ref[];
  patches: PatchRef[];
  /** `replicas: [{name, count}]`. */
  replicas: { name: string; count: YNode }[];
  /** `images: [{name, newName, newTag, digest}]`. */
  images: { name: string; newName?: string; newTag?: string; digest?: string; node: YNode }[];
  namespace?: string;
  /** References to URLs or git repositories: reported, never fetched. */
  remote: Ref[];
  /** Features applied only by the kustomize binary (generators, helmCharts, ...), for the note. */
  unsupported: string[];
}

/** Remote references kustomize would download: URLs, git and known forge hosts. */
export function isRemote(ref: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) ||
    /^(git::|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i.test(ref) ||
    /[?&]ref=/.test(ref)
  );
}

function resolve(dir: string, ref: string): string {
  const joined = posix.normalize(dir === '.' ? ref : `${dir}/${ref}`);
  return joined.replace(/\/+$/, '') || '.';
}

function str(node: YNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' && node.value !== '' ? node.value : undefined;
}

function items(node: YNode | undefined): YNode[] {
  return node?.kind === 'seq' ? node.items : [];
}

/** Reads a kustomization; undefined when the file is not a mapping. */
export function readKustomization(file: SourceFile, stream: YamlStream): Kustomization | undefined {
  const root = stream.documents.find((d) => d.root)?.root;
  if (root?.kind !== 'map') return undefined;
  const dir = posix.dirname(file.path);
  const k: Kustomization = {
    file,
    dir: dir === '' ? '.' : dir,
    component: str(yget(root, 'kind')) === 'Component',
    resources: [],
    components: [],
    patches: [],
    replicas: [],
    images: [],
    remote: [],
    unsupported: [],
  };
  const refs = (key: string, into: Ref[]) => {
    for (const item of items(yget(root, key))) {
      const text = str(item);
      if (!text) continue;
      const ref = { path: resolve(k.dir, text), text, node: item as YScalar };
      (isRemote(text) ? k.remote : into).push(ref);
    }
  };
  refs('resources', k.resources);
  refs('bases', k.resources);
  refs('components', k.components);
  readPatches(root, k);
  for (const r of items(yget(root, 'replicas'))) {
    const name = str(yget(r, 'name'));
    const count = yget(r, 'count');
    if (name && count) k.replicas.push({ name, count });
  }
  for (const i of items(yget(root, 'images'))) {
    const name = str(yget(i, 'name'));
    if (name)
      k.images.push({
        name,
        newName: str(yget(i, 'newName')),
        newTag: scalarText(yget(i, 'newTag')),
        digest: str(yget(i, 'digest')),
        node: i,
      });
  }
  k.namespace = str(yget(root, 'namespace'));
  for (const key of ['helmCharts', 'generators', 'transformers', 'validators', 'replacements'])
    if (items(yget(root, key)).length > 0) k.unsupported.push(key);
  return k;
}

function scalarText(node: YNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null && node.value !== '' ? String(node.value) : undefined;
}

function readPatches(root: YMap, k: Kustomization): void {
  const pathOrInline = (text: string, node: YScalar): Pick<PatchRef, 'path' | 'inline'> =>
    /\n/.test(text) || /^\s*(apiVersion|kind|-)\b/.test(text)
      ? { inline: node }
      : { path: { path: resolve(k.dir, text), text, node } };
  for (const item of items(yget(root, 'patchesStrategicMerge'))) {
    const text = str(item);
    if (text && isRemote(text)) k.remote.push({ path: text, text, node: item as YScalar });
    else if (text) k.patches.push({ ...pathOrInline(text, item as YScalar), json6902: false, node: item });
  }
  for (const [key, json6902] of [
    ['patches', false],
    ['patchesJson6902', true],
  ] as const) {
    for (const item of items(yget(root, key))) {
      const path = str(yget(item, 'path'));
      const inline = yget(item, 'patch');
      const patch: PatchRef = { json6902, node: item, target: readTarget(yget(item, 'target')) };
      const pathNode = yget(item, 'path') as YScalar;
      if (path && isRemote(path)) k.remote.push({ path, text: path, node: pathNode });
      if (path && isRemote(path)) continue;
      if (path) patch.path = { path: resolve(k.dir, path), text: path, node: pathNode };
      else if (inline?.kind === 'scalar' && typeof inline.value === 'string') patch.inline = inline;
      else continue;
      k.patches.push(patch);
    }
  }
}

function readTarget(node: YNode | undefined): PatchTarget | undefined {
  if (node?.kind !== 'map') return undefined;
  const t: PatchTarget = {};
  for (const key of ['group', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector'] as const) {
    const v = str(yget(node, key));
    if (v !== undefined) t[key] = v;
  }
  return t;
}

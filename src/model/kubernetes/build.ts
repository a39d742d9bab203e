// Kubernetes objects from parsed YAML streams (plain manifests, kustomize and Helm output).

import type { SourceFile } from '../../parse/source.js';
import { documentsWithDuplicateKeys, yget } from '../../parse/yaml/ast.js';
import type { YamlDocument, YamlStream, YMap } from '../../parse/yaml/ast.js';
import { isKubernetesObject, isListKind, stringScalar } from './classify.js';
import { findPodTemplate } from './pod.js';
import type { K8sObject, K8sProject } from './types.js';
import { assembleKustomizations, type KustomizeRoot, type ScannedYaml } from './kustomize/assemble.js';
import { defaultUnit, type DeploymentUnit } from './units.js';
import { stringMap } from './values.js';

export interface KubernetesInput {
  file: SourceFile;
  stream: YamlStream;
  /** Per document, the Helm `# Source:` path (see `helmSources`). */
  helmSources?: (string | undefined)[];
  /** The unit every object of the file belongs to (a kustomization root); else see `defaultUnit`. */
  unit?: DeploymentUnit;
  /** Per document (by index), a unit that overrides `unit` (a Helm release rendered in-process). */
  unitOfDocument?: (docIndex: number) => DeploymentUnit | undefined;
  /** A stream read from stdin rather than a file. */
  fromStdin?: boolean;
}

export interface KubernetesModel {
  project: K8sProject;
  /** Files without any Kubernetes object and without parse errors: skip them quietly. */
  notKubernetes: SourceFile[];
  /** Lines worth showing once (kustomize changes not applied, remote resources not fetched). */
  notes: string[];
  /** Kustomization roots, for rendering with the kustomize binary. */
  kustomizeRoots: KustomizeRoot[];
}

export function buildKubernetesModel(inputs: KubernetesInput[]): KubernetesModel {
  const scanned: ScannedYaml[] = [];
  const notKubernetes: SourceFile[] = [];
  for (const input of inputs) {
    const objects: K8sObject[] = [];
    // The API server refuses an object that repeats a key: it is reported, not modelled.
    const refused = documentsWithDuplicateKeys(input.stream);
    for (const doc of input.stream.documents) {
      const root = doc.root;
      if (!isKubernetesObject(root) || refused.has(doc.index)) continue;
      const helmSource = input.helmSources?.[doc.index];
      const unit =
        input.unitOfDocument?.(doc.index) ??
        input.unit ??
        defaultUnit(input.file.path, helmSource, input.fromStdin === true);
      const kind = stringScalar(yget(root, 'kind'))!.value as string;
      const items = yget(root, 'items');
      if (isListKind(kind) && items?.kind === 'seq') {
        for (const item of items.items)
          if (isKubernetesObject(item)) objects.push(toObject(input.file, doc, item, helmSource, unit));
      } else objects.push(toObject(input.file, doc, root, helmSource, unit));
    }
    const fatal = input.stream.errors.some((e) => e.reason !== 'duplicate-key');
    const refusedObjects = [...refused].some((i) => isKubernetesObject(input.stream.documents[i]?.root));
    if (objects.length === 0 && !fatal && !refusedObjects) notKubernetes.push(input.file);
    scanned.push({ file: input.file, stream: input.stream, objects });
  }
  // Kustomization roots take over the files they apply (and every patch file).
  const kustomize = assembleKustomizations(scanned, (file, doc, root, unit) =>
    toObject(file, doc, root, undefined, unit),
  );
  const objects: K8sObject[] = [];
  for (const s of scanned) if (!kustomize.consumed.has(s.file.path)) for (const o of s.objects) objects.push(o);
  for (const o of kustomize.objects) objects.push(o);
  return { project: { objects }, notKubernetes, notes: kustomize.notes, kustomizeRoots: kustomize.roots };
}

function toObject(
  file: SourceFile,
  doc: YamlDocument,
  root: YMap,
  helmSource: string | undefined,
  unit: DeploymentUnit,
): K8sObject {
  const kindNode = stringScalar(yget(root, 'kind'))!;
  const kind = kindNode.value as string;
  const apiVersion = stringScalar(yget(root, 'apiVersion'))!.value as string;
  const metadataNode = yget(root, 'metadata');
  const metadata = metadataNode?.kind === 'map' ? metadataNode : undefined;
  const nameNode = yget(metadata, 'name') ?? yget(metadata, 'generateName');
  const name = nameNode?.kind === 'scalar' && nameNode.value !== null ? String(nameNode.value) : '';
  const nsNode = yget(metadata, 'namespace');
  const namespace =
    nsNode?.kind === 'scalar' && nsNode.value !== null && String(nsNode.value) !== ''
      ? String(nsNode.value)
      : 'default';
  const obj: K8sObject = {
    apiVersion,
    kind,
    name,
    namespace,
    // join() builds a flat string (a template keeps a tree of pieces for the whole run).
    id: [kind, namespace, name].join('/'),
    file,
    doc,
    root,
    labels: stringMap(yget(metadata, 'labels')),
    annotations: stringMap(yget(metadata, 'annotations')),
    headerRange: kindNode.range,
    unit,
  };
  if (metadata) obj.metadata = metadata;
  const pod = findPodTemplate(kind, root);
  if (pod) obj.pod = pod;
  if (helmSource !== undefined) obj.helmSource = helmSource;
  return obj;
}

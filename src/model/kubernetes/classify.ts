// Which YAML documents are Kubernetes objects. Tooling configs borrow the
// apiVersion/kind shape (kustomize, skaffold, kind, kubeconfig, kubeadm...) but are
// never applied to a cluster: they are not objects to lint.

import { yget } from '../../parse/yaml/ast.js';
import type { YMap, YNode, YScalar } from '../../parse/yaml/ast.js';

const TOOLING_GROUPS = new Set([
  'kustomize.config.k8s.io',
  'kind.x-k8s.io',
  'k3d.io',
  'kubeadm.k8s.io',
  'kubelet.config.k8s.io',
  'kubeproxy.config.k8s.io',
  'apiserver.config.k8s.io',
  'apiserver.k8s.io',
  'audit.k8s.io',
  'client.authentication.k8s.io',
  'ctlptl.dev',
  'kuttl.dev',
]);

export function stringScalar(node: YNode | undefined): YScalar | undefined {
  return node && node.kind === 'scalar' && typeof node.value === 'string' && node.value !== '' ? node : undefined;
}

/** True for a mapping with string `apiVersion` and `kind` that is not a tooling config. */
export function isKubernetesObject(root: YNode | null | undefined): root is YMap {
  if (!root || root.kind !== 'map') return false;
  const apiVersion = stringScalar(yget(root, 'apiVersion'));
  const kind = stringScalar(yget(root, 'kind'));
  if (!apiVersion || !kind) return false;
  const version = apiVersion.value as string;
  const group = version.includes('/') ? version.slice(0, version.lastIndexOf('/')) : '';
  if (TOOLING_GROUPS.has(group) || version.startsWith('skaffold/')) return false;
  // A kubeconfig file: `apiVersion: v1`, `kind: Config`.
  if (version === 'v1' && kind.value === 'Config') return false;
  return true;
}

/** `List`, `PodList`, `DeploymentList`, ...: a wrapper whose `items` are objects. */
export function isListKind(kind: string): boolean {
  return kind === 'List' || (kind.endsWith('List') && kind.length > 4);
}

// Workload facts the availability rules share: which kinds have replicas, how many,
// which are batch, and which objects live in a namespace.

import type { K8sObject } from '../../../src/model/kubernetes/types.js';
import { toJS, ypath, type YMap, type YScalar } from '../../../src/parse/yaml/ast.js';

/** Kinds whose pod count is `spec.replicas` (default 1). */
export const REPLICATED_KINDS: ReadonlySet<string> = new Set(['Deployment', 'StatefulSet', 'ReplicaSet']);

export interface Replicas {
  count: number;
  /** The `replicas:` value, when written. */
  node?: YScalar;
}

/**
 * `spec.replicas` of a replicated workload: 1 when absent. Undefined for other kinds and
 * when the value is not a literal integer (a template left unrendered): unknown is not 1.
 */
export function replicasOf(obj: K8sObject): Replicas | undefined {
  if (!REPLICATED_KINDS.has(obj.kind) || !obj.pod) return undefined;
  const node = ypath(obj.root, 'spec', 'replicas');
  if (!node || (node.kind === 'scalar' && node.value === null)) return { count: 1 };
  if (node.kind === 'scalar' && typeof node.value === 'number' && Number.isInteger(node.value))
    return { count: node.value, node };
  return undefined;
}

/** `spec.selector.matchLabels` of a workload when it is only labels, else the pod template's labels. */
export function selectorLabels(obj: K8sObject): Record<string, string> | undefined {
  const selector = ypath(obj.root, 'spec', 'selector');
  if (selector?.kind === 'map' && selector.pairs.length === 1) {
    const labels = toJS(ypath(selector, 'matchLabels'));
    if (isStringRecord(labels) && Object.keys(labels).length > 0) return labels;
  }
  const labels = obj.pod?.labels;
  return labels && Object.keys(labels).length > 0 ? labels : undefined;
}

function isStringRecord(v: unknown): v is Record<string, string> {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string')
  );
}

/** The `spec` mapping of an object, when it is a block mapping. */
export function specMap(obj: K8sObject): YMap | undefined {
  const spec = ypath(obj.root, 'spec');
  return spec?.kind === 'map' ? spec : undefined;
}

/** An integer scalar's value, or undefined. */
export function intValue(node: unknown): number | undefined {
  const s = node as YScalar | undefined;
  if (s?.kind !== 'scalar' || typeof s.value !== 'number' || !Number.isInteger(s.value)) return undefined;
  return s.value;
}

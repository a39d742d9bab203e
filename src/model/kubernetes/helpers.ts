// Helpers rules share when reading Kubernetes objects.

import { yget, ypath } from '../../parse/yaml/ast.js';
import type { YNode, YScalar } from '../../parse/yaml/ast.js';
import type { K8sObject } from './types.js';
import { stringMap } from './values.js';

export { stringMap } from './values.js';
export { isKubernetesObject, isListKind } from './classify.js';

/** Kinds with `spec.replicas` that defaults to 1. */
const REPLICATED_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'ReplicaSet',
  'ReplicationController',
  'DeploymentConfig',
  'Rollout',
]);

/**
 * Replica count of a replicated workload: `spec.replicas`, 1 when absent. `value` is
 * undefined for kinds without replicas (DaemonSet, Job, CronJob, Pod, ...) or when the
 * field is not a number (then `node` still points at it).
 */
export function workloadReplicas(obj: K8sObject): { value: number | undefined; node?: YScalar } {
  if (!REPLICATED_KINDS.has(obj.kind)) return { value: undefined };
  const node = ypath(obj.root, 'spec', 'replicas');
  if (!node) return { value: 1 };
  if (node.kind !== 'scalar') return { value: undefined };
  if (typeof node.value === 'number' && Number.isInteger(node.value)) return { value: node.value, node };
  if (node.value === null) return { value: 1, node };
  return { value: undefined, node };
}

/** Equality-based selector: every key/value is present in `labels`. An empty selector matches everything. */
export function selectorMatches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  for (const k in selector) if (labels[k] !== selector[k]) return false;
  return true;
}

/**
 * A `LabelSelector` (`matchLabels` + `matchExpressions`) against labels. Undefined
 * when the node is not a selector mapping; an empty selector matches everything.
 */
export function labelSelectorMatches(node: YNode | undefined, labels: Record<string, string>): boolean | undefined {
  if (!node || node.kind !== 'map') return undefined;
  if (!selectorMatches(stringMap(yget(node, 'matchLabels')), labels)) return false;
  const exprs = yget(node, 'matchExpressions');
  if (exprs?.kind !== 'seq') return true;
  for (const e of exprs.items) {
    const key = yget(e, 'key');
    const op = yget(e, 'operator');
    if (key?.kind !== 'scalar' || op?.kind !== 'scalar') return false;
    const k = String(key.value);
    const valuesNode = yget(e, 'values');
    const values =
      valuesNode?.kind === 'seq' ? valuesNode.items.map((v) => (v.kind === 'scalar' ? String(v.value) : '')) : [];
    const has = Object.prototype.hasOwnProperty.call(labels, k);
    switch (op.value) {
      case 'In':
        if (!has || !values.includes(labels[k])) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[k])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** All containers of an object's pod template, init containers first. */
export function allContainers(obj: K8sObject) {
  return obj.pod ? [...obj.pod.initContainers, ...obj.pod.containers] : [];
}

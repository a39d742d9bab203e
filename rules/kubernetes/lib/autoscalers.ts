// HorizontalPodAutoscalers and KEDA ScaledObjects, indexed by the workload they scale.

import type { K8sObject, K8sProject } from '../../../src/model/kubernetes/types.js';
import { joinKey } from '../../../src/model/kubernetes/units.js';
import { ypath, type YNode } from '../../../src/parse/yaml/ast.js';
import { intValue, replicasOf } from './workloads.js';

export interface Autoscaler {
  obj: K8sObject;
  /** Lowest replica count it keeps; undefined when not a literal. */
  minReplicas: number | undefined;
  /** Highest replica count it scales to; undefined when not a literal. */
  maxReplicas: number | undefined;
  /** The `minReplicas:` / `minReplicaCount:` value, when written. */
  minNode?: YNode;
}

/** Autoscalers join their target inside one unit and namespace. */
function targetKey(obj: K8sObject, kind: string, name: string): string {
  return `${joinKey(obj)}/${kind}/${name}`;
}

export function isHpa(obj: K8sObject): boolean {
  return obj.kind === 'HorizontalPodAutoscaler' && obj.apiVersion.startsWith('autoscaling/');
}

/** The object an HPA's `scaleTargetRef` names, among the scanned objects. */
export function hpaTarget(hpa: K8sObject, project: K8sProject): K8sObject | undefined {
  const kind = scalar(ypath(hpa.root, 'spec', 'scaleTargetRef', 'kind'));
  const name = scalar(ypath(hpa.root, 'spec', 'scaleTargetRef', 'name'));
  if (!kind || !name) return undefined;
  return project.objects.find(
    (o) => o.kind === kind && o.name === name && o.namespace === hpa.namespace && o.unit === hpa.unit && o.pod,
  );
}

const indexes = new WeakMap<K8sProject, (obj: K8sObject) => Autoscaler[]>();

/** Autoscalers by the `namespace/Kind/name` of their target (built once per project: several rules ask). */
export function autoscalerIndex(project: K8sProject): (obj: K8sObject) => Autoscaler[] {
  let lookup = indexes.get(project);
  if (!lookup) indexes.set(project, (lookup = buildIndex(project)));
  return lookup;
}

function buildIndex(project: K8sProject): (obj: K8sObject) => Autoscaler[] {
  const index = new Map<string, Autoscaler[]>();
  const add = (key: string, a: Autoscaler) => index.set(key, [...(index.get(key) ?? []), a]);
  for (const obj of project.objects) {
    const ref = ypath(obj.root, 'spec', 'scaleTargetRef');
    if (isHpa(obj)) {
      const kind = scalar(ypath(ref, 'kind'));
      const name = scalar(ypath(ref, 'name'));
      const min = ypath(obj.root, 'spec', 'minReplicas');
      const max = ypath(obj.root, 'spec', 'maxReplicas');
      if (kind && name)
        add(targetKey(obj, kind, name), {
          obj,
          minReplicas: min ? intValue(min) : 1,
          maxReplicas: intValue(max),
          minNode: min,
        });
    } else if (obj.kind === 'ScaledObject' && obj.apiVersion.startsWith('keda.sh/')) {
      // KEDA defaults the target kind to Deployment and minReplicaCount to 0.
      const kind = scalar(ypath(ref, 'kind')) ?? 'Deployment';
      const name = scalar(ypath(ref, 'name'));
      const min = ypath(obj.root, 'spec', 'minReplicaCount');
      const max = ypath(obj.root, 'spec', 'maxReplicaCount');
      if (name)
        add(targetKey(obj, kind, name), {
          obj,
          minReplicas: min ? intValue(min) : 0,
          maxReplicas: max ? intValue(max) : 100,
          minNode: min,
        });
    }
  }
  return (obj) => index.get(targetKey(obj, obj.kind, obj.name)) ?? [];
}

function scalar(node: ReturnType<typeof ypath>): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' && node.value !== '' ? node.value : undefined;
}

/**
 * How many replicas a workload runs: its autoscalers' lowest `minReplicas` to their
 * highest `maxReplicas` when it has any (they own `replicas` then), else `spec.replicas`
 * both ways. Bounds are undefined when not literals.
 */
export interface ReplicaRange {
  min: number | undefined;
  max: number | undefined;
  /** The autoscaler that sets the range, for messages. */
  scaler?: Autoscaler;
}

export function replicaRange(obj: K8sObject, scalers: Autoscaler[]): ReplicaRange {
  if (scalers.length === 0) {
    const n = replicasOf(obj)?.count;
    return { min: n, max: n };
  }
  const known = <T>(xs: (T | undefined)[]) => (xs.some((x) => x === undefined) ? undefined : (xs as T[]));
  const mins = known(scalers.map((s) => s.minReplicas));
  const maxes = known(scalers.map((s) => s.maxReplicas));
  const min = mins && Math.min(...mins);
  const scaler = scalers.find((s) => s.minReplicas === min) ?? scalers[0];
  return { min, max: maxes && Math.max(...maxes), scaler };
}

/** `runs 3 replicas` / `scales from 1 to 10 replicas (HorizontalPodAutoscaler `web`)`, for messages. */
export function describeReplicas(range: ReplicaRange): string {
  if (!range.scaler || range.min === range.max) return `runs ${range.max} replica${range.max === 1 ? '' : 's'}`;
  const kind = range.scaler.obj.kind;
  return `scales from ${range.min} to ${range.max} replicas (${kind} \`${range.scaler.obj.name}\`)`;
}

// HorizontalPodAutoscalers and KEDA ScaledObjects, indexed by the workload they scale.

import type { K8sObject, K8sProject } from '../../../src/model/kubernetes/types.js';
import { joinKey } from '../../../src/model/kubernetes/units.js';
import { ypath } from '../../../src/parse/yaml/ast.js';
import { intValue, replicasOf } from './workloads.js';

export interface Autoscaler {
  obj: K8sObject;
  /** Lowest replica count it keeps; undefined when not a literal. */
  minReplicas: number | undefined;
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

/** Autoscalers by the `namespace/Kind/name` of their target. */
export function autoscalerIndex(project: K8sProject): (obj: K8sObject) => Autoscaler[] {
  const index = new Map<string, Autoscaler[]>();
  const add = (key: string, a: Autoscaler) => index.set(key, [...(index.get(key) ?? []), a]);
  for (const obj of project.objects) {
    const ref = ypath(obj.root, 'spec', 'scaleTargetRef');
    if (isHpa(obj)) {
      const kind = scalar(ypath(ref, 'kind'));
      const name = scalar(ypath(ref, 'name'));
      const min = ypath(obj.root, 'spec', 'minReplicas');
      if (kind && name) add(targetKey(obj, kind, name), { obj, minReplicas: min ? intValue(min) : 1 });
    } else if (obj.kind === 'ScaledObject' && obj.apiVersion.startsWith('keda.sh/')) {
      // KEDA defaults the target kind to Deployment and minReplicaCount to 0.
      const kind = scalar(ypath(ref, 'kind')) ?? 'Deployment';
      const name = scalar(ypath(ref, 'name'));
      const min = ypath(obj.root, 'spec', 'minReplicaCount');
      if (name) add(targetKey(obj, kind, name), { obj, minReplicas: min ? intValue(min) : 0 });
    }
  }
  return (obj) => index.get(targetKey(obj, obj.kind, obj.name)) ?? [];
}

function scalar(node: ReturnType<typeof ypath>): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' && node.value !== '' ? node.value : undefined;
}

/**
 * The fewest replicas a workload runs: its autoscalers' lowest `minReplicas` when it has
 * any (they own `replicas` then), else `spec.replicas`. Undefined when unknown.
 */
export function guaranteedReplicas(obj: K8sObject, scalers: Autoscaler[]): number | undefined {
  if (scalers.length > 0) {
    const mins = scalers.map((s) => s.minReplicas);
    return mins.some((m) => m === undefined) ? undefined : Math.min(...(mins as number[]));
  }
  return replicasOf(obj)?.count;
}

// A stateless workload with one replica and no autoscaler: every drain, eviction or
// crash is an outage. Databases are left to k8s-database-single-replica.

import { defineRule, type Edit } from '../../src/engine/rule.js';
import type { K8sObject } from '../../src/model/kubernetes/types.js';
import { at, canFix } from './lib/at.js';
import { autoscalerIndex } from './lib/autoscalers.js';
import { databaseContainer } from './lib/databases.js';
import { insertBeforeFirstKey, keyIndent } from './lib/yaml-edit.js';
import { replicasOf, specMap, type Replicas } from './lib/workloads.js';

export default defineRule<'single'>({
  meta: {
    id: 'k8s-single-replica',
    category: 'availability',
    severity: 'warning',
    fixable: true,
    title: 'Workloads should run more than one replica or be autoscaled',
    description:
      'Flags Deployments, StatefulSets and ReplicaSets with one replica (the default when `replicas` is absent) that no HorizontalPodAutoscaler or KEDA ScaledObject scales. With one pod, every node drain, eviction, rollout or crash is an outage. Databases are reported by k8s-database-single-replica instead.',
    messages: {
      single:
        '{kind} `{name}` runs a single replica and nothing autoscales it: every node drain, eviction or crash is an outage. Run at least 2 replicas spread across zones, or add a HorizontalPodAutoscaler with `minReplicas: 2`.',
    },
  },
  check(project, context) {
    const autoscalers = autoscalerIndex(project.kubernetes);
    for (const obj of project.kubernetes.objects) {
      const replicas = replicasOf(obj);
      if (!replicas || replicas.count !== 1) continue;
      if (autoscalers(obj).length > 0 || databaseContainer(obj)) continue;
      const edits = canFix(obj) ? replicasEdits(obj, replicas) : undefined;
      context.report({
        messageId: 'single',
        data: { kind: obj.kind, name: obj.name },
        ...at(obj, replicas.node),
        ...subjectOf(obj, replicas),
        fix: edits && { description: 'Run 2 replicas', edits },
      });
    }
  },
});

/**
 * `replicas: 2` for Deployments and ReplicaSets. Not for StatefulSets: a second member
 * of a stateful application needs the application's own clustering, not a number.
 */
function replicasEdits(obj: K8sObject, replicas: Replicas): Edit[] | undefined {
  if (obj.kind === 'StatefulSet') return undefined;
  if (replicas.node) return [{ file: obj.file, range: replicas.node.range, text: '2' }];
  const spec = specMap(obj);
  const indent = spec && keyIndent(obj.file, spec);
  if (!spec || indent === undefined) return undefined;
  const edit = insertBeforeFirstKey(obj.file, spec, [`${indent}replicas: 2`]);
  return edit && [edit];
}

/** Where `replicas` is, or would be: under the object's `spec`. */
function subjectOf(obj: Parameters<typeof specMap>[0], replicas: Replicas) {
  const spec = specMap(obj);
  return spec && !replicas.node ? { subject: { node: spec, key: 'replicas' } } : {};
}

// A workload with one replica: every drain, eviction or crash is an outage. An autoscaler
// with `minReplicas: 1` does not help at quiet times. Databases are left to
// k8s-database-single-replica.

import { defineRule, type Edit, type Report as ReportOf } from '../../src/engine/rule.js';
import type { K8sObject } from '../../src/model/kubernetes/types.js';
import { ypath, type YNode } from '../../src/parse/yaml/ast.js';
import { at, canFix } from './lib/at.js';
import { autoscalerIndex, replicaRange, type Autoscaler } from './lib/autoscalers.js';
import { databaseContainer } from './lib/databases.js';
import { insertBeforeFirstKey, keyIndent } from './lib/yaml-edit.js';
import { intValue, replicasOf, specMap, type Replicas } from './lib/workloads.js';

/** prometheus-operator workloads: `spec.replicas` defaults to 1. */
const MONITORING: Record<string, string> = {
  Prometheus: 'nothing scrapes targets or evaluates alerting rules until it is rescheduled',
  Alertmanager: 'alerts are not delivered until it is rescheduled',
};

export default defineRule<'single' | 'autoscaledSingle' | 'monitoringSingle'>({
  meta: {
    id: 'k8s-single-replica',
    category: 'availability',
    severity: 'warning',
    fixable: true,
    title: 'Workloads should run more than one replica',
    description:
      'Flags Deployments, StatefulSets and ReplicaSets with one replica (the default when `replicas` is absent) and no autoscaler, workloads whose HorizontalPodAutoscaler or KEDA ScaledObject keeps as few as one (`minReplicas: 1`), and prometheus-operator `Prometheus` / `Alertmanager` resources with one replica. With one pod, every node drain, eviction, rollout or crash is an outage. Databases are reported by k8s-database-single-replica instead.',
    messages: {
      single:
        '{kind} `{name}` runs a single replica and nothing autoscales it: every node drain, eviction or crash is an outage. Run at least 2 replicas spread across zones, or add a HorizontalPodAutoscaler with `minReplicas: 2`.',
      autoscaledSingle:
        '{kind} `{name}` can run a single replica: {scalerKind} `{scaler}` keeps only {min} at quiet times, so a node drain, eviction or crash then is an outage. Set its minimum to 2.',
      monitoringSingle:
        '{kind} `{name}` runs {count} replica ({how}): when its node drains or fails, {consequence}. Set `spec.replicas: 2` (the operator runs them as a highly available pair).',
    },
  },
  check(project, context) {
    const autoscalers = autoscalerIndex(project.kubernetes);
    for (const obj of project.kubernetes.objects) {
      if (MONITORING[obj.kind] && obj.apiVersion.startsWith('monitoring.coreos.com/')) {
        monitoring(obj, context.report);
        continue;
      }
      const replicas = replicasOf(obj);
      if (!replicas || databaseContainer(obj)) continue;
      const scalers = autoscalers(obj);
      if (scalers.length > 0) {
        const range = replicaRange(obj, scalers);
        if (range.min === 1 && range.scaler) autoscaled(obj, range.scaler, context.report);
        continue;
      }
      if (replicas.count !== 1) continue;
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

type Report = ReportOf<'single' | 'autoscaledSingle' | 'monitoringSingle'>;

/** Reported at the autoscaler's minimum (its own file), about the workload. */
function autoscaled(obj: K8sObject, scaler: Autoscaler, report: (r: Report) => void): void {
  const where = at(scaler.obj, scaler.minNode);
  const edits: Edit[] | undefined =
    scaler.minNode && canFix(scaler.obj) ? [{ file: where.at.file, range: where.at.range, text: '2' }] : undefined;
  report({
    messageId: 'autoscaledSingle',
    data: {
      kind: obj.kind,
      name: obj.name,
      scalerKind: scaler.obj.kind,
      scaler: scaler.obj.name,
      min: scaler.minNode ? '1' : '1 (the default `minReplicas`)',
    },
    ...where,
    resource: obj.id,
    unit: obj.unit.id,
    fix: edits && { description: 'Keep at least 2 replicas', edits },
  });
}

function monitoring(obj: K8sObject, report: (r: Report) => void): void {
  const node = ypath(obj.root, 'spec', 'replicas');
  const count = node ? intValue(node) : 1;
  if (count !== 1) return;
  const edits = monitoringEdits(obj, node);
  report({
    messageId: 'monitoringSingle',
    data: {
      kind: obj.kind,
      name: obj.name,
      count,
      how: node ? '`spec.replicas: 1`' : '`spec.replicas` unset: the operator runs 1',
      consequence: MONITORING[obj.kind],
    },
    ...at(obj, node),
    fix: edits && { description: 'Run 2 replicas', edits },
  });
}

function monitoringEdits(obj: K8sObject, node: YNode | undefined): Edit[] | undefined {
  if (!canFix(obj)) return undefined;
  if (node) return [{ file: obj.file, range: node.range, text: '2' }];
  const spec = specMap(obj);
  const indent = spec && keyIndent(obj.file, spec);
  if (!spec || indent === undefined) return undefined;
  const edit = insertBeforeFirstKey(obj.file, spec, [`${indent}replicas: 2`]);
  return edit && [edit];
}

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

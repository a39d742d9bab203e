// Replicas that may all land in one availability zone protect against a pod failure,
// not against a zone failure.

import { defineRule, type Edit } from '../../src/engine/rule.js';
import type { K8sObject } from '../../src/model/kubernetes/types.js';
import { toJS, yget, ypair, type YNode } from '../../src/parse/yaml/ast.js';
import { at, canFix } from './lib/at.js';
import { autoscalerIndex, describeReplicas, replicaRange } from './lib/autoscalers.js';
import {
  indentStep,
  insertBeforeFirstKey,
  insertBeforeLine,
  keyIndent,
  renderSeqItem,
  seqIndent,
  yamlString,
  type YTree,
} from './lib/yaml-edit.js';
import { REPLICATED_KINDS, selectorLabels } from './lib/workloads.js';

const ZONE_KEYS = new Set(['topology.kubernetes.io/zone', 'failure-domain.beta.kubernetes.io/zone']);

export default defineRule<'missing'>({
  meta: {
    id: 'k8s-missing-zone-spread',
    category: 'availability',
    severity: 'warning',
    fixable: true,
    title: 'Multi-replica workloads should spread across zones',
    description:
      "Flags Deployments, StatefulSets and ReplicaSets that run at least 2 replicas (or whose autoscaler can scale them to at least 2) without a `topologySpreadConstraints` entry or pod anti-affinity term on `topology.kubernetes.io/zone` (or the deprecated `failure-domain.beta.kubernetes.io/zone`). The scheduler's default spreading is a soft preference with a large skew: without an explicit constraint all replicas can end up in one zone and fail with it.",
    messages: {
      missing:
        '{kind} `{name}` {replicas} with no zone spreading: they can all be scheduled in one availability zone and go down with it. Add a `topologySpreadConstraints` entry on `topology.kubernetes.io/zone`.',
    },
  },
  check(project, context) {
    const autoscalers = autoscalerIndex(project.kubernetes);
    for (const obj of project.kubernetes.objects) {
      if (!REPLICATED_KINDS.has(obj.kind) || !obj.pod) continue;
      // Judged on the most it runs: an autoscaler with `minReplicas: 1` still scales out.
      const range = replicaRange(obj, autoscalers(obj));
      if (range.max === undefined || range.max < 2 || spreadsAcrossZones(obj.pod.spec)) continue;
      const edits = canFix(obj) ? spreadEdits(obj) : undefined;
      context.report({
        messageId: 'missing',
        data: { kind: obj.kind, name: obj.name, replicas: describeReplicas(range) },
        ...at(obj),
        fix: edits && { description: 'Spread the pods across zones (ScheduleAnyway: never blocks scheduling)', edits },
      });
    }
  },
});

function spreadsAcrossZones(podSpec: YNode): boolean {
  const keys: unknown[] = [];
  const tsc = toJS(yget(podSpec, 'topologySpreadConstraints'));
  if (Array.isArray(tsc)) for (const c of tsc) keys.push((c as { topologyKey?: unknown } | null)?.topologyKey);
  const anti = toJS(yget(yget(podSpec, 'affinity'), 'podAntiAffinity')) as Record<string, unknown> | undefined;
  const required = anti?.requiredDuringSchedulingIgnoredDuringExecution;
  const preferred = anti?.preferredDuringSchedulingIgnoredDuringExecution;
  if (Array.isArray(required))
    for (const t of required) keys.push((t as { topologyKey?: unknown } | null)?.topologyKey);
  if (Array.isArray(preferred))
    for (const t of preferred)
      keys.push((t as { podAffinityTerm?: { topologyKey?: unknown } } | null)?.podAffinityTerm?.topologyKey);
  return keys.some((k) => typeof k === 'string' && ZONE_KEYS.has(k));
}

/**
 * A zone constraint with `whenUnsatisfiable: ScheduleAnyway`: it steers placement but can
 * never leave a pod Pending, so the fix cannot cause an outage of its own.
 */
function spreadEdits(obj: K8sObject): Edit[] | undefined {
  const pod = obj.pod!;
  const labels = selectorLabels(obj);
  const indent = keyIndent(obj.file, pod.spec);
  if (!labels || indent === undefined) return undefined;
  const step = indentStep(obj);
  const matchLabels: YTree = {};
  for (const [k, v] of Object.entries(labels)) matchLabels[yamlString(k)] = yamlString(v);
  const item: YTree = {
    maxSkew: '1',
    topologyKey: 'topology.kubernetes.io/zone',
    whenUnsatisfiable: 'ScheduleAnyway',
    labelSelector: { matchLabels },
  };
  const sample = pod.containers[0] ?? pod.initContainers[0];
  const firstItemKey = sample && !sample.node.flow ? sample.node.pairs[0]?.key.range.start.column : undefined;
  const itemIndent = indent + seqIndent(indent.length + 1, firstItemKey, step);
  const itemLines = renderSeqItem(item, itemIndent, step);
  const existing = ypair(pod.spec, 'topologySpreadConstraints');
  if (!existing) {
    const edit = insertBeforeFirstKey(obj.file, pod.spec, [`${indent}topologySpreadConstraints:`, ...itemLines]);
    return edit && [edit];
  }
  // An existing list (for example on the hostname): add the zone constraint as its first item.
  const seq = existing.value;
  if (seq.kind !== 'seq' || seq.flow || seq.items.length === 0) return undefined;
  const line = seq.items[0].range.start.line;
  const text = obj.file.lineText(line);
  const dash = obj.file.indentOf(line);
  if (!text.slice(dash.length).startsWith('- ')) return undefined;
  return [insertBeforeLine(obj.file, line, renderSeqItem(item, dash, step))];
}

// A multi-replica workload without a PodDisruptionBudget: a node drain or cluster
// upgrade may evict all its replicas at once.

import { defineRule, type Edit } from '../../src/engine/rule.js';
import type { K8sObject, K8sProject } from '../../src/model/kubernetes/types.js';
import { joinKey } from '../../src/model/kubernetes/units.js';
import { ypath } from '../../src/parse/yaml/ast.js';
import { at, canFix } from './lib/at.js';
import { autoscalerIndex, describeReplicas, replicaRange } from './lib/autoscalers.js';
import { selects } from './lib/selectors.js';
import { indentStep, insertAfterLine, renderTree, yamlString, type YTree } from './lib/yaml-edit.js';
import { REPLICATED_KINDS, selectorLabels } from './lib/workloads.js';

export default defineRule<'missing'>({
  meta: {
    id: 'k8s-missing-pdb',
    category: 'availability',
    severity: 'warning',
    fixable: true,
    title: 'Multi-replica workloads should have a PodDisruptionBudget',
    description:
      'Flags Deployments, StatefulSets and ReplicaSets that run at least 2 replicas (or whose autoscaler can scale them to at least 2) when no PodDisruptionBudget in their namespace selects their pods. Voluntary disruptions (node drains, cluster upgrades, autoscaler scale-down) may then evict every replica at the same time, turning routine maintenance into an outage.',
    messages: {
      missing:
        '{kind} `{name}` {replicas} but no PodDisruptionBudget selects its pods: a node drain or cluster upgrade can evict all of them at once. Add a PodDisruptionBudget with `maxUnavailable: 1` for its labels.',
    },
  },
  check(project, context) {
    const autoscalers = autoscalerIndex(project.kubernetes);
    const pdbs = pdbsByNamespace(project.kubernetes);
    for (const obj of project.kubernetes.objects) {
      if (!REPLICATED_KINDS.has(obj.kind) || !obj.pod) continue;
      // Judged on the most it runs: an autoscaler with `minReplicas: 1` still scales out.
      const range = replicaRange(obj, autoscalers(obj));
      if (range.max === undefined || range.max < 2) continue;
      if (hasPdb(pdbs.get(joinKey(obj)), obj)) continue;
      const edits = canFix(obj) ? pdbEdits(obj) : undefined;
      context.report({
        messageId: 'missing',
        data: { kind: obj.kind, name: obj.name, replicas: describeReplicas(range) },
        ...at(obj),
        fix: edits && { description: 'Add a PodDisruptionBudget allowing one voluntary eviction at a time', edits },
      });
    }
  },
});

/** PodDisruptionBudgets by unit and namespace, so each workload looks only at its own. */
function pdbsByNamespace(project: K8sProject): Map<string, K8sObject[]> {
  const out = new Map<string, K8sObject[]>();
  for (const obj of project.objects) {
    if (obj.kind !== 'PodDisruptionBudget') continue;
    const key = joinKey(obj);
    const list = out.get(key);
    if (list) list.push(obj);
    else out.set(key, [obj]);
  }
  return out;
}

/** A PDB that selects the pods; an unreadable selector gives the benefit of the doubt. */
function hasPdb(pdbs: K8sObject[] | undefined, obj: K8sObject): boolean {
  return (pdbs ?? []).some((pdb) => selects(ypath(pdb.root, 'spec', 'selector'), obj.pod!.labels) !== false);
}

/** A new `---` document right after the workload's, selecting its pods. */
function pdbEdits(obj: K8sObject): Edit[] | undefined {
  const labels = selectorLabels(obj);
  if (!labels || obj.root.flow || obj.doc.root !== obj.root) return undefined;
  const step = indentStep(obj);
  const metadata: YTree = { name: yamlString(obj.name) };
  if (ypath(obj.metadata, 'namespace')) metadata.namespace = yamlString(obj.namespace);
  const matchLabels: YTree = {};
  for (const [k, v] of Object.entries(labels)) matchLabels[yamlString(k)] = yamlString(v);
  const tree: YTree = {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata,
    spec: { maxUnavailable: '1', selector: { matchLabels } },
  };
  const lastLine = obj.file.pos(Math.max(obj.root.range.start.offset, obj.root.range.end.offset - 1)).line;
  return [insertAfterLine(obj.file, lastLine, ['---', ...renderTree(tree, '', step)])];
}

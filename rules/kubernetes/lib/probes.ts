// The readiness and liveness probe rules differ only in the probe and its consequence.

import type { Category } from '../../../src/findings/category.js';
import { defineRule, type Rule } from '../../../src/engine/rule.js';
import type { Container, K8sObject, K8sProject } from '../../../src/model/kubernetes/types.js';
import { joinKey } from '../../../src/model/kubernetes/units.js';
import { stringMap } from '../../../src/model/kubernetes/values.js';
import { yget, ypath } from '../../../src/parse/yaml/ast.js';
import { at } from './at.js';

/**
 * Controllers that keep pods running and roll them out. Jobs and CronJobs finish; a bare
 * Pod has no rollout and no replacement, so a probe is not what it is missing.
 */
const CONTROLLED_KINDS: ReadonlySet<string> = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
]);

export function probeRule(spec: {
  id: string;
  probe: 'readinessProbe' | 'livenessProbe';
  title: string;
  description: string;
  message: string;
  /**
   * Readiness gates traffic: a sidecar that declares no port serves none (skipped), and a
   * portless container no Service selects gets this message instead (rollouts still wait).
   */
  noTrafficMessage?: string;
}): Rule<'missing' | 'missingNoTraffic', Record<string, unknown>, Category> {
  return defineRule<'missing' | 'missingNoTraffic'>({
    meta: {
      id: spec.id,
      category: 'availability',
      severity: 'warning',
      title: spec.title,
      description: spec.description,
      messages: { missing: spec.message, missingNoTraffic: spec.noTrafficMessage ?? spec.message },
    },
    check(project, context) {
      const services = spec.noTrafficMessage ? serviceIndex(project.kubernetes) : undefined;
      for (const obj of project.kubernetes.objects) {
        if (!obj.pod || !CONTROLLED_KINDS.has(obj.kind)) continue;
        const containers = obj.pod.containers;
        for (const container of containers) {
          const probe = yget(container.node, spec.probe);
          if (probe && !(probe.kind === 'scalar' && probe.value === null)) continue;
          let messageId: 'missing' | 'missingNoTraffic' = 'missing';
          if (services && !declaresPorts(container)) {
            // A portless sidecar: the pod's main container is the one with ports, or the first.
            const main = containers.find(declaresPorts) ?? containers[0];
            if (container !== main) continue;
            if (!services(obj)) messageId = 'missingNoTraffic';
          }
          context.report({
            messageId,
            data: { container: container.name, kind: obj.kind, name: obj.name },
            ...at(obj, container),
            subject: { node: container.node, key: spec.probe },
          });
        }
      }
    },
  });
}

function declaresPorts(container: Container): boolean {
  const ports = yget(container.node, 'ports');
  return ports?.kind === 'seq' && ports.items.length > 0;
}

/** Whether a Service of the object's unit and namespace selects its pods. */
function serviceIndex(project: K8sProject): (obj: K8sObject) => boolean {
  const byKey = new Map<string, Record<string, string>[]>();
  for (const o of project.objects) {
    if (o.kind !== 'Service' || o.apiVersion !== 'v1') continue;
    const selector = stringMap(ypath(o.root, 'spec', 'selector'));
    if (Object.keys(selector).length === 0) continue;
    const key = joinKey(o);
    byKey.set(key, [...(byKey.get(key) ?? []), selector]);
  }
  const matches = (sel: Record<string, string>, labels: Record<string, string>) =>
    Object.entries(sel).every(([k, v]) => labels[k] === v);
  return (obj) => (byKey.get(joinKey(obj)) ?? []).some((sel) => matches(sel, obj.pod?.labels ?? {}));
}

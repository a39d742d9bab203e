// The readiness and liveness probe rules differ only in the probe and its consequence.

import type { Category } from '../../../src/findings/category.js';
import { defineRule, type Rule } from '../../../src/engine/rule.js';
import { yget } from '../../../src/parse/yaml/ast.js';
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
}): Rule<'missing', Record<string, unknown>, Category> {
  return defineRule<'missing'>({
    meta: {
      id: spec.id,
      category: 'availability',
      severity: 'warning',
      title: spec.title,
      description: spec.description,
      messages: { missing: spec.message },
    },
    check(project, context) {
      for (const obj of project.kubernetes.objects) {
        if (!obj.pod || !CONTROLLED_KINDS.has(obj.kind)) continue;
        for (const container of obj.pod.containers) {
          const probe = yget(container.node, spec.probe);
          if (probe && !(probe.kind === 'scalar' && probe.value === null)) continue;
          context.report({
            messageId: 'missing',
            data: { container: container.name, kind: obj.kind, name: obj.name },
            ...at(obj, container),
            subject: { node: container.node, key: spec.probe },
          });
        }
      }
    },
  });
}

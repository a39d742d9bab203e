// CPU utilization is usage divided by the CPU request: an HPA scaling on it cannot
// compute anything for pods whose containers have no request, and never scales.

import { defineRule } from '../../src/engine/rule.js';
import type { Container, K8sObject } from '../../src/model/kubernetes/types.js';
import { yget, ypath, type YNode } from '../../src/parse/yaml/ast.js';
import { joinKey } from '../../src/model/kubernetes/units.js';
import { at } from './lib/at.js';
import { hpaTarget, isHpa } from './lib/autoscalers.js';
import { declares, limitRangeDefaults } from './lib/container-resources.js';
import { missingNeeds } from './lib/resources.js';

interface CpuMetric {
  /** The value to point at; the HPA's `kind:` when none is written. */
  node?: YNode;
  /** For `ContainerResource` metrics: the one container measured. */
  container?: string;
  /** No metric written: the API defaults to 80% average CPU utilization. */
  implicit: boolean;
}

export default defineRule<'noRequest' | 'noRequestDefault'>({
  meta: {
    id: 'k8s-hpa-missing-cpu-request',
    category: 'availability',
    severity: 'error',
    title: 'HPAs scaling on CPU utilization need CPU requests on their target',
    description:
      'Flags HorizontalPodAutoscalers that scale on CPU utilization (a v2 `Resource` or `ContainerResource` metric on `cpu` with a `Utilization` target, v1 `targetCPUUtilizationPercentage`, or no metric at all, which defaults to 80% CPU) when a container of the target workload has no CPU request (and no LimitRange default). Utilization is a percentage of the request: without it the HPA reports the metric as unavailable and never scales, so the workload cannot absorb a traffic spike.',
    messages: {
      noRequest:
        'HorizontalPodAutoscaler `{name}` scales {kind} `{target}` on CPU utilization, but {containers} {verb} no CPU request: utilization is a percentage of the request, so the HPA cannot compute it and never scales. Set `resources.requests.cpu` on {them}.',
      noRequestDefault:
        'HorizontalPodAutoscaler `{name}` has no metrics, so it scales {kind} `{target}` on the default 80% CPU utilization, but {containers} {verb} no CPU request: the HPA cannot compute utilization and never scales. Set `resources.requests.cpu` on {them}, or declare the metric you mean.',
    },
  },
  check(project, context) {
    const defaults = limitRangeDefaults(project.kubernetes);
    for (const hpa of project.kubernetes.objects) {
      if (!isHpa(hpa)) continue;
      const target = hpaTarget(hpa, project.kubernetes);
      if (!target?.pod) continue;
      const covered = defaults.get(joinKey(target))?.covered;
      const lacking = (c: Container) => missingNeeds(['cpu-request'], declares(c), covered).missing.length > 0;
      for (const metric of cpuMetrics(hpa)) {
        const measured =
          metric.container === undefined
            ? target.pod.containers
            : target.pod.containers.filter((c) => c.name === metric.container);
        const without = measured.filter(lacking);
        if (without.length === 0) continue;
        const names = without.map((c) => `\`${c.name}\``);
        context.report({
          messageId: metric.implicit ? 'noRequestDefault' : 'noRequest',
          data: {
            name: hpa.name,
            kind: target.kind,
            target: target.name,
            containers: `${without.length === 1 ? 'container' : 'containers'} ${names.join(', ')}`,
            verb: without.length === 1 ? 'has' : 'have',
            them: without.length === 1 ? 'it' : 'each of them',
          },
          ...at(hpa, metric.node),
        });
      }
    }
  },
});

function scalarIs(node: YNode | undefined, value: string): boolean {
  return node?.kind === 'scalar' && node.value === value;
}

/** The CPU utilization metrics an HPA scales on, with where each is written. */
function cpuMetrics(hpa: K8sObject): CpuMetric[] {
  const spec = ypath(hpa.root, 'spec');
  if (hpa.apiVersion === 'autoscaling/v1') {
    const target = yget(spec, 'targetCPUUtilizationPercentage');
    return [{ node: target, implicit: !target }];
  }
  const metrics = yget(spec, 'metrics');
  if (!metrics || (metrics.kind === 'seq' && metrics.items.length === 0)) return [{ implicit: true }];
  if (metrics.kind !== 'seq') return [];
  const out: CpuMetric[] = [];
  for (const m of metrics.items) {
    const type = yget(m, 'type');
    const source = scalarIs(type, 'Resource')
      ? yget(m, 'resource')
      : scalarIs(type, 'ContainerResource')
        ? yget(m, 'containerResource')
        : undefined;
    if (!source || !scalarIs(yget(source, 'name'), 'cpu')) continue;
    // v2: target.type Utilization; v2beta1: targetAverageUtilization.
    const utilization = scalarIs(ypath(source, 'target', 'type'), 'Utilization')
      ? (ypath(source, 'target', 'averageUtilization') ?? ypath(source, 'target', 'type'))
      : yget(source, 'targetAverageUtilization');
    if (!utilization) continue;
    const container = yget(source, 'container');
    out.push({
      node: utilization,
      container: container?.kind === 'scalar' ? String(container.value) : undefined,
      implicit: false,
    });
  }
  return out;
}

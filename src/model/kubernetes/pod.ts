// Pod templates found generically, so CRDs that embed a pod template (Argo Rollouts,
// OpenShift DeploymentConfig, Knative...) are covered along with the built-in kinds.

import { yget, ypath } from '../../parse/yaml/ast.js';
import type { YMap, YNode } from '../../parse/yaml/ast.js';
import { pointRange } from '../../parse/source.js';
import type { Container, PodTemplate } from './types.js';
import { stringMap } from './values.js';

/** Kinds whose `spec.template.spec` is a pod spec, even without `containers` yet. */
const WORKLOAD_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'DeploymentConfig',
  'Rollout',
]);

function asMap(node: YNode | undefined): YMap | undefined {
  return node && node.kind === 'map' ? node : undefined;
}

export function findPodTemplate(kind: string, root: YMap): PodTemplate | undefined {
  if (kind === 'Pod') return podTemplate(asMap(yget(root, 'spec')), asMap(yget(root, 'metadata')), true);
  if (kind === 'PodTemplate') {
    const template = asMap(yget(root, 'template'));
    return podTemplate(asMap(yget(template, 'spec')), asMap(yget(template, 'metadata')), true);
  }
  const template =
    kind === 'CronJob'
      ? asMap(ypath(root, 'spec', 'jobTemplate', 'spec', 'template'))
      : asMap(ypath(root, 'spec', 'template'));
  const known = kind === 'CronJob' || WORKLOAD_KINDS.has(kind);
  return podTemplate(asMap(yget(template, 'spec')), asMap(yget(template, 'metadata')), known);
}

function podTemplate(spec: YMap | undefined, metadata: YMap | undefined, known: boolean): PodTemplate | undefined {
  if (!spec) return undefined;
  const containers = yget(spec, 'containers');
  // An unknown kind's `spec.template.spec` is a pod spec only if it lists containers.
  if (!known && containers?.kind !== 'seq') return undefined;
  return {
    spec,
    labels: stringMap(yget(metadata, 'labels')),
    containers: containerList(spec, 'containers', false),
    initContainers: containerList(spec, 'initContainers', true),
  };
}

function containerList(spec: YMap, key: string, init: boolean): Container[] {
  const list = yget(spec, key);
  if (!list || list.kind !== 'seq') return [];
  const out: Container[] = [];
  for (const item of list.items) {
    if (item.kind !== 'map') continue;
    const name = yget(item, 'name');
    const image = yget(item, 'image');
    const c: Container = {
      name: name && name.kind === 'scalar' && name.value !== null ? String(name.value) : '',
      init,
      node: item,
      list,
      headerRange: name && name.kind === 'scalar' ? name.range : pointRange(item.range.start),
    };
    if (image && image.kind === 'scalar' && image.value !== null) c.image = String(image.value);
    out.push(c);
  }
  // Kept for the whole run: a copy holds no spare capacity.
  return out.slice();
}

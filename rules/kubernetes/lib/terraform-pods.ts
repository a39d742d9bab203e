// Pod specs of the Terraform kubernetes provider's workload resources, and the
// LimitRanges declared next to them.

import type { TfBlock, TfResource, TfStack } from '../../../src/model/terraform/types.js';
import { isObject, isUnknown, type Value } from '../../../src/model/terraform/value.js';
import { coveredByDefaults, type Need } from './resources.js';

/** Nested-block path from the resource to its pod `spec`, by resource type. */
const POD_SPEC_PATHS: Record<string, string[]> = {};
for (const t of ['deployment', 'stateful_set', 'daemon_set', 'job', 'replication_controller'])
  POD_SPEC_PATHS[t] = ['spec', 'template', 'spec'];
POD_SPEC_PATHS.daemonset = ['spec', 'template', 'spec'];
POD_SPEC_PATHS.cron_job = ['spec', 'job_template', 'spec', 'template', 'spec'];
POD_SPEC_PATHS.pod = ['spec'];

/** `kubernetes_deployment`, `kubernetes_deployment_v1`, ... → the block path; the provider has no `daemon_set` without `_v1`. */
export function podSpecPath(resourceType: string): string[] | undefined {
  const m = /^kubernetes_([a-z_]+?)(_v1)?$/.exec(resourceType);
  if (!m) return undefined;
  if (m[1] === 'daemon_set' && !m[2]) return undefined;
  if (m[1] === 'daemonset' && m[2]) return undefined;
  return POD_SPEC_PATHS[m[1]];
}

export function isKubernetesWorkload(resource: TfResource): boolean {
  return resource.mode === 'managed' && podSpecPath(resource.resourceType) !== undefined;
}

export interface TfContainer {
  block: TfBlock;
  init: boolean;
}

/** Containers and init containers of a workload resource, in file order. */
export function tfContainers(resource: TfResource): TfContainer[] {
  const path = podSpecPath(resource.resourceType);
  if (!path) return [];
  let blocks: TfBlock[] = [resource];
  for (const step of path) blocks = blocks.flatMap((b) => b.blocks(step).slice(0, 1));
  const spec = blocks[0];
  if (!spec) return [];
  const out: TfContainer[] = [
    ...spec.blocks('init_container').map((block) => ({ block, init: true })),
    ...spec.blocks('container').map((block) => ({ block, init: false })),
  ];
  return out.sort((a, b) => a.block.range.start.offset - b.block.range.start.offset);
}

/** `metadata.namespace`: a string, UNKNOWN, or `default`. */
export function tfNamespace(resource: TfResource): Value {
  const ns = resource.get('metadata.namespace');
  return ns === undefined || ns === null ? 'default' : ns;
}

/**
 * `resources { limits = {...} requests = {...} }` (provider 2.x maps) or `limits { ... }`
 * blocks (1.x). Returns whether the setting is present; an unknown map counts as present.
 */
export function tfDeclares(container: TfBlock): (need: Need) => boolean {
  const resources = container.blocks('resources')[0];
  return (need) => {
    if (!resources) return false;
    const [res, setting] = need.split('-');
    const section = setting === 'request' ? 'requests' : 'limits';
    const map = resources.value(section);
    if (map !== undefined && map !== null) {
      if (isUnknown(map)) return true;
      if (!isObject(map)) return false;
      const v = map[res];
      return v !== undefined && v !== null && v !== '';
    }
    const block = resources.blocks(section)[0];
    const v = block?.value(res);
    return v !== undefined && v !== null && v !== '';
  };
}

/** LimitRange container defaults per namespace; UNKNOWN namespaces apply everywhere. */
export function tfLimitRangeDefaults(stack: TfStack): { namespace: Value; covered: Set<Need>; address: string }[] {
  const out: { namespace: Value; covered: Set<Need>; address: string }[] = [];
  for (const r of stack.resources) {
    if (r.resourceType !== 'kubernetes_limit_range' && r.resourceType !== 'kubernetes_limit_range_v1') continue;
    const covered = new Set<Need>();
    for (const limit of r.blocks('spec').flatMap((s) => s.blocks('limit'))) {
      if (limit.value('type') !== 'Container') continue;
      for (const n of coveredByDefaults(keysOf(limit.value('default')), keysOf(limit.value('default_request'))))
        covered.add(n);
    }
    if (covered.size > 0) out.push({ namespace: tfNamespace(r), covered, address: r.address });
  }
  return out;
}

function keysOf(v: Value | undefined): string[] {
  if (isUnknown(v)) return ['cpu', 'memory'];
  return isObject(v) ? Object.keys(v).filter((k) => v[k] !== null) : [];
}

export function sameNamespace(a: Value, b: Value): boolean {
  return isUnknown(a) || isUnknown(b) || a === b;
}

// Reads a Kubernetes container's `resources:` and the namespace LimitRanges that fill
// in defaults at admission.

import type { Container, K8sObject, K8sProject } from '../../../src/model/kubernetes/types.js';
import { joinKey } from '../../../src/model/kubernetes/units.js';
import { yget, ypath, type YNode, type YScalar } from '../../../src/parse/yaml/ast.js';
import { coveredByDefaults, NEED_PARTS, type Need, type Setting } from './resources.js';

const SECTION: Record<Setting, string> = { request: 'requests', limit: 'limits' };

/** The value node of `resources.<requests|limits>.<cpu|memory>` when it is set to something. */
export function resourceValue(container: Container, need: Need): YNode | undefined {
  const [res, setting] = NEED_PARTS[need];
  const node = ypath(container.node, 'resources', SECTION[setting], res);
  if (!node) return undefined;
  if (node.kind === 'scalar' && (node.value === null || node.value === '')) return undefined;
  return node;
}

export function declares(container: Container): (need: Need) => boolean {
  return (need) => resourceValue(container, need) !== undefined;
}

export interface LimitRangeDefaults {
  covered: Set<Need>;
  /** Names of the LimitRanges that contribute, for messages. */
  names: string[];
}

/** Container defaults of the LimitRanges of every unit and namespace (keyed by `joinKey`). */
export function limitRangeDefaults(project: K8sProject): Map<string, LimitRangeDefaults> {
  const byNs = new Map<string, LimitRangeDefaults>();
  for (const obj of project.objects) {
    if (obj.kind !== 'LimitRange') continue;
    const limits = ypath(obj.root, 'spec', 'limits');
    if (limits?.kind !== 'seq') continue;
    let covered = new Set<Need>();
    for (const item of limits.items) {
      const type = yget(item, 'type');
      if (type?.kind !== 'scalar' || type.value !== 'Container') continue;
      covered = new Set([
        ...covered,
        ...coveredByDefaults(mapKeys(yget(item, 'default')), mapKeys(yget(item, 'defaultRequest'))),
      ]);
    }
    if (covered.size === 0) continue;
    const key = joinKey(obj);
    const entry = byNs.get(key) ?? { covered: new Set<Need>(), names: [] };
    for (const n of covered) entry.covered.add(n);
    entry.names.push(obj.name);
    byNs.set(key, entry);
  }
  return byNs;
}

function mapKeys(node: YNode | undefined): string[] {
  if (node?.kind !== 'map') return [];
  return node.pairs
    .filter((p) => p.key.kind === 'scalar' && !(p.value.kind === 'scalar' && p.value.value === null))
    .map((p) => String((p.key as YScalar).value));
}

/** Every container of a workload, regular and init, in file order. */
export function allContainers(obj: K8sObject): Container[] {
  if (!obj.pod) return [];
  return [...obj.pod.initContainers, ...obj.pod.containers].sort(
    (a, b) => a.headerRange.start.offset - b.headerRange.start.offset,
  );
}

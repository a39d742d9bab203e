// Where a Kubernetes finding points, and which resource and deployment unit it is about.
// A value an overlay's patch set lives in the patch file, not in the object's own file.

import type { Container, K8sObject } from '../../../src/model/kubernetes/types.js';
import type { Range, SourceFile } from '../../../src/parse/source.js';
import type { YNode } from '../../../src/parse/yaml/ast.js';

/** Spread into a report: `context.report({ messageId, ...at(obj, node) })`. */
export interface ObjectLocation {
  at: { file: SourceFile; range: Range };
  resource: string;
  unit: string;
}

/** The file a node of the object was written in. */
export function fileOf(obj: K8sObject, node: YNode): SourceFile {
  return obj.foreignNodes?.get(node) ?? obj.file;
}

/**
 * Report fields for a finding on `obj`: at a node (a value, a container's name), at a
 * range inside `node`'s file, or at the object's `kind:` by default.
 */
export function at(obj: K8sObject, target?: YNode | Container, range?: Range): ObjectLocation {
  const where = (file: SourceFile, r: Range) => ({ at: { file, range: r }, resource: obj.id, unit: obj.unit.id });
  if (!target) return where(obj.file, range ?? obj.headerRange);
  if ('headerRange' in target) return where(fileOf(obj, target.node), range ?? target.headerRange);
  return where(fileOf(obj, target), range ?? target.range);
}

/** Fixes are written against the object's own file: an object assembled from patches gets none. */
export function canFix(obj: K8sObject): boolean {
  return obj.foreignNodes === undefined || obj.foreignNodes.size === 0;
}

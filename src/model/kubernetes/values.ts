// Small readers for Kubernetes-shaped values.

import type { YNode } from '../../parse/yaml/ast.js';

/** A mapping of scalars as strings (labels, annotations, selectors); other entries are skipped. */
export function stringMap(node: YNode | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!node || node.kind !== 'map') return out;
  for (const p of node.pairs) {
    if (p.key.kind !== 'scalar' || p.value.kind !== 'scalar') continue;
    out[String(p.key.value)] = p.value.value === null ? '' : String(p.value.value);
  }
  return out;
}

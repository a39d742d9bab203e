// Kubernetes label selectors (matchLabels + matchExpressions), as PDBs and spread
// constraints use them.

import { toJS, yget, type YNode } from '../../../src/parse/yaml/ast.js';

/**
 * Whether a LabelSelector selects pods with these labels. An empty selector `{}` selects
 * everything; an absent one nothing; undefined when the selector cannot be read.
 */
export function selects(selector: YNode | undefined, labels: Record<string, string>): boolean | undefined {
  if (!selector) return false;
  if (selector.kind !== 'map') return undefined;
  const matchLabels = toJS(yget(selector, 'matchLabels'));
  if (matchLabels !== undefined && matchLabels !== null) {
    if (typeof matchLabels !== 'object' || Array.isArray(matchLabels)) return undefined;
    for (const [k, v] of Object.entries(matchLabels)) if (labels[k] !== String(v)) return false;
  }
  const exprs = toJS(yget(selector, 'matchExpressions'));
  if (exprs !== undefined && exprs !== null) {
    if (!Array.isArray(exprs)) return undefined;
    for (const e of exprs) {
      const r = matchesExpression(e, labels);
      if (r !== true) return r;
    }
  }
  return true;
}

function matchesExpression(e: unknown, labels: Record<string, string>): boolean | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const { key, operator, values } = e as { key?: unknown; operator?: unknown; values?: unknown };
  if (typeof key !== 'string') return undefined;
  const vals = Array.isArray(values) ? values.map(String) : [];
  const has = Object.hasOwn(labels, key);
  switch (operator) {
    case 'In':
      return has && vals.includes(labels[key]);
    case 'NotIn':
      return !has || !vals.includes(labels[key]);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return undefined;
  }
}

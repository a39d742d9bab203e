// Where a value is written. `deletion_protection = var.deletion_protection` inside a
// module gets its value from the caller's argument: that argument is the line to point
// at (and to fix), one per call, rather than the shared module line every call reports.

import type { Edit } from '../../../src/engine/rule.js';
import type { TfAttribute, TfBlock, TfModuleCall, TfResource } from '../../../src/model/terraform/types.js';

const MAX_DEPTH = 8;

export interface Origin {
  attr: TfAttribute;
  /** True when the expression there is a literal a fix may replace. */
  literal: boolean;
}

/** The attribute whose expression is exactly `var.<name>`, followed up through module calls to the argument that sets it. */
export function origin(attr: TfAttribute, holder: TfBlock & { module?: TfResource['module'] }, depth = 0): Origin {
  const expr = attr.node.expr;
  const plainVar = expr.kind === 'ScopeTraversal' && expr.root === 'var' && expr.traversal.length === 1 && expr.traversal[0].kind === 'Attr';
  const call: TfModuleCall | undefined = holder.module?.call;
  if (plainVar && call && depth < MAX_DEPTH && expr.traversal[0].kind === 'Attr') {
    const argument = call.attr(expr.traversal[0].name);
    if (argument) return origin(argument, call, depth + 1);
  }
  return { attr, literal: attr.references.length === 0 };
}

/** Replace the value where it is written, when it is a literal. */
export function replaceAtOrigin(o: Origin, valueText: string): { description: string; edits: Edit[] } | undefined {
  if (!o.literal) return undefined;
  return { description: `Set ${o.attr.name} = ${valueText}`, edits: [{ file: o.attr.file, range: o.attr.valueRange, text: valueText }] };
}

/** File and range of the attribute, or of the module argument it comes from. */
export function writtenAt(attr: TfAttribute, holder: TfBlock & { module?: TfResource['module'] }) {
  const o = origin(attr, holder).attr;
  return { file: o.file, range: o.range };
}

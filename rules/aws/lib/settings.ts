// Reading provider settings the way the provider does: an absent optional bool is false,
// a value that depends on something unknown is neither (never flagged).

import type { RuleContext } from '../../../src/engine/rule.js';
import type { TfBlock } from '../../../src/model/terraform/types.js';
import { isCallerDriven } from '../../../src/model/terraform/placement.js';
import { setAttributeFix } from '../../../src/model/terraform/edits.js';
import { boolSetting } from '../../lib/terraform.js';

/** True when the attribute is present with a non-null value (known or not). */
export function isSet(block: TfBlock, name: string): boolean {
  const attr = block.attr(name);
  return attr !== undefined && attr.value !== null;
}

export interface RequireTrue<M extends string> {
  /** The block holding the attribute (a resource, a module call or a nested block). */
  block: TfBlock;
  name: string;
  messageId: M;
  data?: Record<string, string | number>;
  /** Resource id reported (docs/design.md, "Resource ids"). */
  resource: string;
  /** Offer `name = true` as the fix (default true; never when the value comes from a variable or local). */
  fixable?: boolean;
}

/**
 * Reports `block.<name>` unless it is known true: on the attribute when it is written
 * `false`, on the block header when it is missing. Returns whether it reported.
 */
export function reportUnlessTrue<M extends string>(context: RuleContext<M, any>, req: RequireTrue<M>): boolean {
  const state = boolSetting(req.block, req.name);
  if (state === 'true' || state === 'unknown') return false;
  // An explicit `name = null` is where the default comes from: point there.
  const attr = req.block.declared(req.name);
  // Replacing `var.x` or `each.value.x` with a literal would change a module's interface or
  // every instance; `var.x` in a called module is fixed at the caller's argument instead.
  const literal = !attr || attr.node.expr.kind === 'LiteralValue' || isCallerDriven(attr);
  const fix = req.fixable === false || !literal ? undefined : setAttributeFix(req.block, req.name, 'true');
  context.report({
    messageId: req.messageId,
    data: {
      ...req.data,
      attribute: req.name,
      state: state === 'absent' ? (attr ? 'null, which means false' : 'not set, which means false') : 'false',
    },
    at: attr ?? req.block,
    resource: req.resource,
    fix,
  });
  return true;
}

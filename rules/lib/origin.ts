// Where a value is written. `deletion_protection = var.deletion_protection` inside a
// module gets its value from the caller's argument: that argument is the line to point
// at (and to fix), one per call, rather than the shared module line every call reports.
// When the caller leaves the argument out, the variable's default applies: the call is
// where to add it. A value computed inside a module (a conditional, a function) is
// pointed at through the root module's call that brings the module in.

import type { Edit } from '../../src/engine/rule.js';
import type { Range, SourceFile } from '../../src/parse/source.js';
import type { TfAttribute, TfBlock, TfModule, TfModuleCall } from '../../src/model/terraform/types.js';
import { setAttributeFix } from '../../src/model/terraform/edits.js';

const MAX_DEPTH = 8;

type Holder = TfBlock & { module?: TfModule };
type Fix = { description: string; edits: Edit[] };

export interface Written {
  file: SourceFile;
  range: Range;
  /** The attribute, when the engine is to place the finding (in external code). */
  of?: TfAttribute;
  /** A fix that writes `valueText` there, when one edit can. */
  fix(valueText: string): Fix | undefined;
}

function rootCall(module: TfModule | undefined): TfModuleCall | undefined {
  let call = module?.call;
  while (call?.module.call) call = call.module.call;
  return call;
}

/** The call from editable code into the chain of external modules `module` belongs to. */
function outermostExternalCall(module: TfModule | undefined): TfModuleCall | undefined {
  let call: TfModuleCall | undefined;
  while (module?.external && module.call) {
    call = module.call;
    module = call.module;
  }
  return call;
}

export function written(attr: TfAttribute, holder: Holder, depth = 0): Written {
  const expr = attr.node.expr;
  const step =
    expr.kind === 'ScopeTraversal' && expr.root === 'var' && expr.traversal.length === 1
      ? expr.traversal[0]
      : undefined;
  const call = holder.module?.call;
  if (step?.kind === 'Attr' && call && depth < MAX_DEPTH) {
    const argument = call.attr(step.name);
    if (argument) return written(argument, call, depth + 1);
    return { file: call.file, range: call.headerRange, fix: (v) => setAttributeFix(call, step.name, v) };
  }
  // Code nobody edits here (installed, registry table): the call that brings it in.
  // `of` lets the engine place it (src/model/terraform/placement.ts): at the argument the
  // value is computed from, or at the call, naming the module input.
  const external = outermostExternalCall(holder.module);
  if (external) return { file: external.file, range: external.headerRange, of: attr, fix: () => undefined };
  if (attr.references.length === 0) {
    return {
      file: attr.file,
      range: attr.range,
      fix: (v) => ({
        description: `Set ${attr.name} = ${v}`,
        edits: [{ file: attr.file, range: attr.valueRange, text: v }],
      }),
    };
  }
  const root = rootCall(holder.module);
  if (root) return { file: root.file, range: root.headerRange, fix: () => undefined };
  return { file: attr.file, range: attr.range, fix: () => undefined };
}

/** File and range of the attribute, or of where its value is written (see `written`). */
export function writtenAt(attr: TfAttribute, holder: Holder): { file: SourceFile; range: Range; of?: TfAttribute } {
  const w = written(attr, holder);
  return w.of ? { file: w.file, range: w.range, of: w.of } : { file: w.file, range: w.range };
}

// Where a finding on a module's code belongs. A value written `= var.x` in a called module
// comes from the caller's argument `x` (or from the variable's default when the caller
// leaves `x` out): the finding is placed at that argument (or at the module call), where
// the author changes something, with the module's line as a related location and the
// fix moved to the caller. A finding that stays in a module's code names the root module
// it was reached from, so two roots calling one module give two findings.

import type { Expr } from '../../parse/hcl/ast.js';
import type { Range, SourceFile } from '../../parse/source.js';
import { AttributeView, BlockView } from './block.js';
import { isReadOnly } from './synthetic.js';
import { referenceAddresses } from './references.js';
import type { TfModule, TfModuleCall } from './types.js';

export interface PlacedEdit {
  file: SourceFile;
  range: Range;
  text: string;
}

export interface RelatedPlace {
  file: SourceFile;
  range: Range;
  message: string;
}

export interface Placement {
  file: SourceFile;
  range: Range;
  related: RelatedPlace[];
  /** Directory of the root module, when the finding stays in a called module's code. */
  root?: string;
  /** The fix's edits, moved to the caller when the finding moved. */
  edits?: PlacedEdit[];
  /** Words for the message when the finding left an external module: the input, and which module. */
  note?: string;
}

const MAX_HOPS = 16;

/** `var.x` written alone: the name of the variable. */
function variableName(e: Expr): string | undefined {
  if (e.kind === 'TemplateWrap') return variableName(e.wrapped);
  if (e.kind !== 'ScopeTraversal' || e.root !== 'var' || e.traversal.length !== 1) return undefined;
  const step = e.traversal[0];
  return step.kind === 'Attr' ? step.name : undefined;
}

/**
 * In external code (installed, registry table): the one variable an expression is computed
 * from (`try(var.versioning["enabled"] ? "Enabled" : "Suspended", ...)`), so the caller's
 * argument is still where the value is decided.
 */
function soleVariable(e: Expr): string | undefined {
  const vars = new Set(
    referenceAddresses(e)
      .filter((a) => a.startsWith('var.'))
      .map((a) => a.slice('var.'.length)),
  );
  return vars.size === 1 ? [...vars][0] : undefined;
}

/** The module instance a view belongs to (through nested blocks to its resource or call). */
function moduleOf(view: AttributeView | BlockView): TfModule | undefined {
  let block = view instanceof AttributeView ? view.owner : view;
  while (block.parent) block = block.parent;
  return (block as Partial<{ module: TfModule }>).module;
}

function rootCallOf(module: TfModule): TfModuleCall | undefined {
  let call = module.call;
  while (call?.module.call) call = call.module.call;
  return call;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.offset === b.start.offset && a.end.offset === b.end.offset;
}

/** Edits that make `call.<name> = text`: replace a written argument, or add it after the `{`. */
function setArgument(call: TfModuleCall, name: string, text: string): PlacedEdit | undefined {
  const existing = call.declared(name);
  if (existing && isReadOnly(existing.node)) return undefined;
  if (existing) return { file: existing.file, range: existing.valueRange, text };
  if (isReadOnly(call.node)) return undefined;
  const open = call.node.openBraceRange;
  const sameLine = open.end.line === call.node.closeBraceRange.start.line;
  const line = `${call.bodyIndent}${name} = ${text}`;
  return {
    file: call.file,
    range: { start: open.end, end: open.end },
    text: sameLine ? `\n${line}\n${call.indent}` : `\n${line}`,
  };
}

/**
 * The placement of a report whose `at` is a Terraform view in a called module; undefined
 * when `at` is not a view or is in a root module (nothing to change).
 */
export function placeInModule(target: unknown, edits?: PlacedEdit[]): Placement | undefined {
  // valueAt(attr): the attribute's value, rather than the whole `name = value`.
  const valueOf = (target as { valueOf?: unknown } | undefined)?.valueOf;
  const valueOnly = valueOf instanceof AttributeView;
  const at = valueOnly ? valueOf : target;
  if (!(at instanceof AttributeView) && !(at instanceof BlockView)) {
    // A location inside a view (`of`): in external code nobody edits, placed like the view.
    const of = (target as { of?: unknown } | undefined)?.of;
    const inView = of instanceof AttributeView || of instanceof BlockView;
    return inView && moduleOf(of)?.external ? placeInModule(of) : undefined;
  }
  let module = moduleOf(at);
  if (!module?.call) return undefined;
  let file = at.file;
  let range = at instanceof AttributeView ? (valueOnly ? at.valueRange : at.range) : at.headerRange;
  const related: RelatedPlace[] = [];
  let moved = edits;
  let attr: AttributeView | undefined = at instanceof AttributeView ? at : undefined;
  let note: string | undefined;
  for (let hop = 0; attr && module?.call && hop < MAX_HOPS; hop++) {
    const plain = variableName(attr.node.expr);
    const name = plain ?? (module.external ? soleVariable(attr.node.expr) : undefined);
    if (name === undefined) break;
    const call: TfModuleCall = module.call;
    const fixText =
      plain === undefined
        ? undefined
        : moved?.find((e) => e.file === attr!.file && sameRange(e.range, attr!.valueRange))?.text;
    // A registry table entry's code is made up: no line of it is worth showing.
    if (module.external?.kind !== 'table')
      related.push({
        file: attr.file,
        range: attr.range,
        message: `where ${call.address} uses its argument ${name}`,
      });
    const argument = call.declared(name);
    // The outermost hop names the input the author sets.
    if (module.external)
      note = `module input ${name} of ${call.address}, ${module.external.label}${argument ? '' : ', left out: the module default applies'}`;
    module = call.module;
    const edit = fixText === undefined ? undefined : setArgument(call, name, fixText);
    moved = edit ? [edit] : undefined;
    if (argument && argument instanceof AttributeView) {
      file = argument.file;
      range = valueOnly ? argument.valueRange : argument.range;
      attr = argument;
    } else {
      // Left out: the variable's default applies; the call is where to set it.
      file = call.file;
      range = call.headerRange;
      attr = undefined;
    }
  }
  // Code nobody edits here (installed by `terraform init`, a registry table entry): the call
  // that brings it in is where the author can change something.
  while (module?.external && module.call) {
    const call: TfModuleCall = module.call;
    if (module.external.kind !== 'table') related.push({ file, range, message: `in ${module.external.label}` });
    note ??= `in ${call.address}, ${module.external.label}`;
    file = call.file;
    range = call.headerRange;
    moved = undefined;
    module = call.module;
  }
  const placement: Placement = { file, range, related, edits: moved, ...(note ? { note } : {}) };
  const rootCall = module ? rootCallOf(module) : undefined;
  if (rootCall) {
    placement.root = rootCall.module.dir;
    related.push({
      file: rootCall.file,
      range: rootCall.headerRange,
      message: `reached from root module ${rootCall.module.dir} through ${rootCall.address}`,
    });
  }
  return placement;
}

/**
 * True when the attribute is `= var.x` in a called module: a finding on it is placed at the
 * caller, and a fix that sets its value is moved to the caller's argument.
 */
export function isCallerDriven(attr: unknown): boolean {
  if (!(attr instanceof AttributeView) || variableName(attr.node.expr) === undefined) return false;
  return moduleOf(attr)?.call !== undefined;
}

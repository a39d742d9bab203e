// Terraform helpers shared by rules of every cloud: walking the resources of every
// stack, finding the exact literal a value came from, and fixes that set a literal or
// add a nested block.

import type { Expr } from '../../src/parse/hcl/ast.js';
import type { Range } from '../../src/parse/source.js';
import type { Edit } from '../../src/engine/rule.js';
import { setAttributeFix } from '../../src/model/terraform/edits.js';
import type { Project } from '../../src/model/project.js';
import type { TfAttribute, TfBlock, TfResource, TfStack } from '../../src/model/terraform/types.js';
import { isCallerDriven } from '../../src/model/terraform/placement.js';
import { asBool, asString, isUnknown, type Value } from '../../src/model/terraform/value.js';

/**
 * Every managed resource of the given types, with the stack it belongs to. A list, not a
 * generator: most rules start with it, and resuming a generator per resource cost more.
 */
export function resourcesOf(project: Project, ...types: string[]): { resource: TfResource; stack: TfStack }[] {
  const out: { resource: TfResource; stack: TfStack }[] = [];
  for (const stack of project.terraform.stacks) {
    for (const type of types) for (const resource of stack.resourcesOfType(type)) out.push({ resource, stack });
  }
  return out;
}

/** First nested block of a type, or undefined. */
export function firstBlock(block: TfBlock, type: string): TfBlock | undefined {
  return block.blocks(type)[0];
}

/** The attribute's known string value, upper-cased for enum comparison; undefined when absent or unknown. */
export function enumValue(block: TfBlock | undefined, name: string): string | undefined {
  return asString(block?.value(name))?.toUpperCase();
}

/**
 * A bool setting read the way a provider reads it: absent or `null` is unset (and then
 * usually false), a value known only after apply is `unknown` (never flagged). The one
 * idiom for literal bool settings, on blocks (`boolSetting`) and on any value (`boolOf`).
 */
export type BoolSetting = 'true' | 'false' | 'absent' | 'unknown';

export function boolOf(value: Value | undefined): BoolSetting {
  if (value === undefined || value === null) return 'absent';
  if (isUnknown(value)) return 'unknown';
  const b = asBool(value);
  return b === undefined ? 'unknown' : b ? 'true' : 'false';
}

export function boolSetting(block: TfBlock | undefined, name: string): BoolSetting {
  return boolOf(block?.attr(name)?.value);
}

/**
 * Range of the first string literal inside an expression for which `match` holds
 * (the `"allUsers"` inside a members list or a jsonencode call); undefined when the
 * value does not appear literally (it came from a variable or a local).
 */
export function literalRange(expr: Expr, match: (s: string) => boolean): Range | undefined {
  switch (expr.kind) {
    case 'LiteralValue':
      return typeof expr.value === 'string' && match(expr.value) ? expr.range : undefined;
    case 'Template': {
      const text = expr.parts.every((p) => p.kind === 'TemplateLiteral')
        ? expr.parts.map((p) => (p.kind === 'TemplateLiteral' ? p.value : '')).join('')
        : undefined;
      if (text !== undefined && match(text)) return expr.range;
      return undefined;
    }
    case 'TemplateWrap':
      return literalRange(expr.wrapped, match);
    case 'Parentheses':
      return literalRange(expr.expr, match);
    case 'TupleCons':
      return firstOf(expr.items, match);
    case 'ObjectCons':
      return firstOf(
        expr.items.map((i) => i.value),
        match,
      );
    case 'FunctionCall':
      return firstOf(expr.args, match);
    case 'Conditional':
      return firstOf([expr.trueResult, expr.falseResult], match);
    default:
      return undefined;
  }
}

function firstOf(exprs: Expr[], match: (s: string) => boolean): Range | undefined {
  for (const e of exprs) {
    const r = literalRange(e, match);
    if (r) return r;
  }
  return undefined;
}

/** The literal inside the attribute when it is there, else the attribute's value. */
export function valueOrLiteralRange(attr: TfAttribute, match: (s: string) => boolean): Range {
  return literalRange(attr.node.expr, match) ?? attr.valueRange;
}

/** Known strings of a list/set value; unknown elements are left out. */
export function knownStrings(v: Value | undefined): string[] {
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) return [];
  return v.flatMap((x) => (typeof x === 'string' ? [x] : []));
}

/**
 * True when a `dynamic "<type>"` block over an unknown collection builds the nested blocks:
 * their number is then not known. A dynamic block over a known collection (an empty one,
 * or a variable defaulting to `[]`) is expanded by the model like written blocks.
 */
export function hasDynamicBlock(block: TfBlock, type: string): boolean {
  return !block.blocksKnown(type);
}

/** One indentation step of the file, inferred from the block (two spaces by default). */
function indentUnit(block: TfBlock): string {
  const step = block.bodyIndent.slice(block.indent.length);
  return step.length > 0 ? step : '  ';
}

/**
 * Edits that add `type { name = value ... }` as the first thing inside `parent`,
 * indented like the file.
 */
export function insertBlockEdits(parent: TfBlock, type: string, attributes: [string, string][]): Edit[] {
  const inner = parent.bodyIndent + indentUnit(parent);
  const body = attributes.map(([n, v]) => `${inner}${n} = ${v}`).join('\n');
  const text = `${parent.bodyIndent}${type} {\n${body}\n${parent.bodyIndent}}`;
  const open = parent.node.openBraceRange;
  const close = parent.node.closeBraceRange;
  const at = { start: open.end, end: open.end };
  const sameLine = open.end.line === close.start.line;
  return [{ file: parent.file, range: at, text: sameLine ? `\n${text}\n${parent.indent}` : `\n${text}` }];
}

export function insertBlockFix(parent: TfBlock, type: string, attributes: [string, string][]) {
  const summary = attributes.map(([n, v]) => `${n} = ${v}`).join(', ');
  return { description: `Add a ${type} block with ${summary}`, edits: insertBlockEdits(parent, type, attributes) };
}

/**
 * True when the attribute is written as a literal (no variable, local or resource
 * reference): only then may a fix replace it without rewiring the configuration. `= var.x`
 * in a called module counts: the engine moves that fix to the caller's argument.
 */
export function isLiteralAttr(attr: TfAttribute | undefined): boolean {
  return attr !== undefined && (attr.references.length === 0 || isCallerDriven(attr));
}

/**
 * The fix that sets `name = valueText`, offered only when the attribute is absent or
 * literal: replacing `var.x` with a literal would silently rewire the configuration.
 */
export function literalFix(block: TfBlock, name: string, valueText: string) {
  const attr = block.declared(name);
  return attr === undefined || isLiteralAttr(attr) ? setAttributeFix(block, name, valueText) : undefined;
}

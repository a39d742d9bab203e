// `TF_VAR_name` environment variables as Terraform reads them: a value for the root
// variable `name` when the root declares it (others are ignored, as Terraform does),
// below every tfvars and var file and above the variable's default. A variable of a
// primitive type (string, number, bool) or without a type takes the text as a string
// (converted to its type later, like any input); any other type (`any`, list, map,
// object, ...) takes it as an HCL expression. Text Terraform would refuse to parse is
// unknown: nothing is concluded from it.

import type { Expr } from '../../parse/hcl/ast.js';
import { parseHcl } from '../../parse/hcl/parser.js';
import { SourceFile } from '../../parse/source.js';
import type { EvalBudget } from './budget.js';
import { constantScope, evaluate } from './evaluate.js';
import { blockAttr, type ModuleDef } from './module-def.js';
import { UNKNOWN, isWhollyKnown, type Value } from './value.js';

const PREFIX = 'TF_VAR_';

/** The `TF_VAR_*` entries of an environment: variable name → raw text. */
export function tfVarsFromEnv(env: Readonly<Record<string, string | undefined>> | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of Object.keys(env ?? {}).sort()) {
    const value = env![key];
    if (key.startsWith(PREFIX) && key.length > PREFIX.length && value !== undefined)
      out.set(key.slice(PREFIX.length), value);
  }
  return out;
}

/** Sets the root's variables that the environment gives a value, into `into`. */
export function envAssignments(
  def: ModuleDef,
  tfVars: ReadonlyMap<string, string>,
  into: Map<string, Value>,
  budget: EvalBudget,
): void {
  for (const [name, text] of tfVars) {
    const decl = def.variables.get(name);
    if (!decl) continue;
    const type = blockAttr(decl.node, 'type')?.expr;
    into.set(name, isPrimitiveType(type) ? text : hclValue(name, text, budget));
  }
}

/** Terraform's VariableParseLiteral types: none given, string, number, bool. */
function isPrimitiveType(type: Expr | undefined): boolean {
  if (!type) return true;
  return (
    type.kind === 'ScopeTraversal' && type.traversal.length === 0 && ['string', 'number', 'bool'].includes(type.root)
  );
}

/** The text as one constant HCL expression, as `terraform` parses `TF_VAR_name` for complex types. */
function hclValue(name: string, text: string, budget: EvalBudget): Value {
  const file = new SourceFile(`${PREFIX}${name}`, `v = ${text}\n`);
  const hcl = parseHcl(file);
  const attrs = hcl.body.attributes;
  if (hcl.diagnostics.length > 0 || hcl.body.blocks.length > 0 || attrs.length !== 1) return UNKNOWN;
  if (refersOrCalls(attrs[0].expr)) return UNKNOWN; // terraform parses it without variables or functions
  const value = evaluate(attrs[0].expr, constantScope(budget), file);
  return isWhollyKnown(value) ? value : UNKNOWN;
}

/** True when an expression names a variable or calls a function anywhere inside. */
function refersOrCalls(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(refersOrCalls);
  if (node === null || typeof node !== 'object') return false;
  const n = node as { kind?: unknown; bareKey?: unknown; value?: unknown };
  if (n.kind === 'ScopeTraversal' || n.kind === 'FunctionCall') return true;
  // `{ name = ... }`: a bare key is a literal string, not a reference.
  if (typeof n.bareKey === 'string') return refersOrCalls(n.value);
  return Object.entries(node).some(([k, v]) => k !== 'range' && refersOrCalls(v));
}

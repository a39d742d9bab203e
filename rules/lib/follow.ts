// Following an attribute to the resources it designates, across module boundaries: a
// `var.x` inside a child module continues at the call's argument, and a
// `module.m.out` continues at the resources behind output `out` of the called module.
// That is how a replica in a child module (behind a provider alias) finds its source.

import type { Expr } from '../../src/parse/hcl/ast.js';
import type { TfAttribute, TfModule, TfModuleCall, TfResource, TfStack } from '../../src/model/terraform/types.js';
import { collectReferences } from '../../src/model/terraform/references.js';

const MAX_DEPTH = 8;

interface Traversal {
  root: string;
  steps: string[];
}

/** Every `root.a.b` traversal in an expression, steps as attribute names (indexes skipped). */
function traversals(expr: unknown, out: Traversal[] = []): Traversal[] {
  if (expr === null || typeof expr !== 'object') return out;
  if (Array.isArray(expr)) {
    for (const e of expr) traversals(e, out);
    return out;
  }
  const node = expr as Record<string, unknown> & { kind?: string };
  if (node.kind === 'ScopeTraversal') {
    const t = node as unknown as { root: string; traversal: { kind: string; name?: string }[] };
    out.push({ root: t.root, steps: t.traversal.flatMap((s) => (s.kind === 'Attr' && s.name ? [s.name] : [])) });
    return out;
  }
  for (const [key, value] of Object.entries(node))
    if (key !== 'range' && value && typeof value === 'object') traversals(value, out);
  return out;
}

/** The `value` expression of output `name` in a module instance (read from its declarations). */
function outputExpr(module: TfModule, name: string): Expr | undefined {
  const def = (
    module as { def?: { outputs?: Map<string, { node: { body: { attributes: { name: string; expr: Expr }[] } } }> } }
  ).def;
  return def?.outputs?.get(name)?.node.body.attributes.find((a) => a.name === 'value')?.expr;
}

function resourcesIn(module: TfModule, expr: Expr): TfResource[] {
  const addresses = new Set(collectReferences(expr).map((r) => r.address));
  return [...module.resources, ...module.dataSources].filter((r) =>
    addresses.has(`${r.mode === 'data' ? 'data.' : ''}${r.resourceType}.${r.name}`),
  );
}

function behindOutput(stack: TfStack, module: TfModule, callName: string, output: string, depth: number): TfResource[] {
  if (depth > MAX_DEPTH) return [];
  const calls = stack.moduleCalls.filter((c) => c.module === module && c.name === callName);
  const out: TfResource[] = [];
  for (const call of calls) {
    const child = call.child;
    const expr = child ? outputExpr(child, output) : undefined;
    if (!child || !expr) continue;
    out.push(...resourcesIn(child, expr));
    for (const t of traversals(expr)) {
      if (t.root === 'module' && t.steps.length >= 2)
        out.push(...behindOutput(stack, child, t.steps[0], t.steps[1], depth + 1));
    }
  }
  return out;
}

/** Resources an attribute designates, in its module and through module inputs and outputs. */
export function designated(
  stack: TfStack,
  attr: TfAttribute,
  from: TfResource | TfModuleCall,
  depth = 0,
): TfResource[] {
  if (depth > MAX_DEPTH) return [];
  const found = new Set<TfResource>(stack.referenced(attr, from));
  for (const t of traversals(attr.node.expr)) {
    if (t.root === 'var' && t.steps[0] && from.module.call) {
      const call = from.module.call;
      const argument = call.attr(t.steps[0]);
      if (argument) for (const r of designated(stack, argument, call, depth + 1)) found.add(r);
    } else if (t.root === 'module' && t.steps.length >= 2) {
      for (const r of behindOutput(stack, from.module, t.steps[0], t.steps[1], depth + 1)) found.add(r);
    }
  }
  return [...found];
}

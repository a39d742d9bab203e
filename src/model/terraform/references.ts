// Which configuration objects an expression refers to, as module-relative addresses
// (`aws_s3_bucket.b`, `data.t.n`, `module.m`, `var.x`, `local.y`).

import type { Expr, TemplatePart, Traverser } from '../../parse/hcl/ast.js';

const NOT_ADDRESSES = new Set(['count', 'each', 'path', 'terraform', 'self']);

/** One referenced address, with a literal instance key when the traversal names one. */
export interface Reference {
  address: string;
  key?: string | number;
}

export function collectReferences(expr: Expr, bound: ReadonlySet<string> = new Set()): Reference[] {
  const out: Reference[] = [];
  walk(expr, bound, out);
  const seen = new Set<string>();
  return out.filter((r) => {
    const id = `${r.address}#${r.key ?? ''}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export function referenceAddresses(expr: Expr, bound?: ReadonlySet<string>): string[] {
  return [...new Set(collectReferences(expr, bound).map((r) => r.address))];
}

function attrName(t: Traverser | undefined): string | undefined {
  return t?.kind === 'Attr' ? t.name : undefined;
}

function indexKey(t: Traverser | undefined): string | number | undefined {
  return t?.kind === 'Index' ? t.key : undefined;
}

/** Address of a traversal rooted at `root`, or undefined for names that are not objects. */
export function traversalReference(root: string, steps: Traverser[]): Reference | undefined {
  if (NOT_ADDRESSES.has(root)) return undefined;
  const a = attrName(steps[0]);
  if (a === undefined) return undefined;
  if (root === 'var' || root === 'local') return { address: `${root}.${a}` };
  if (root === 'module') return { address: `module.${a}`, key: indexKey(steps[1]) };
  if (root === 'data') {
    const n = attrName(steps[1]);
    return n === undefined ? undefined : { address: `data.${a}.${n}`, key: indexKey(steps[2]) };
  }
  return { address: `${root}.${a}`, key: indexKey(steps[1]) };
}

function walk(e: Expr | TemplatePart, bound: ReadonlySet<string>, out: Reference[]): void {
  switch (e.kind) {
    case 'ScopeTraversal': {
      if (bound.has(e.root)) return;
      const r = traversalReference(e.root, e.traversal);
      if (r) out.push(r);
      return;
    }
    case 'TemplateLiteral':
    case 'LiteralValue':
    case 'AnonSymbol':
    case 'Invalid':
      return;
    case 'Template':
      for (const p of e.parts) walk(p, bound, out);
      return;
    case 'TemplateWrap':
      return walk(e.wrapped, bound, out);
    case 'TemplateIf':
      walk(e.condition, bound, out);
      walk(e.then, bound, out);
      if (e.else) walk(e.else, bound, out);
      return;
    case 'TemplateFor': {
      walk(e.collection, bound, out);
      walk(e.body, withNames(bound, e.keyVar, e.valueVar), out);
      return;
    }
    case 'TupleCons':
      for (const i of e.items) walk(i, bound, out);
      return;
    case 'ObjectCons':
      for (const i of e.items) {
        if (i.bareKey === undefined) walk(i.key, bound, out);
        walk(i.value, bound, out);
      }
      return;
    case 'RelativeTraversal':
      return walk(e.source, bound, out);
    case 'FunctionCall':
      for (const a of e.args) walk(a, bound, out);
      return;
    case 'Index':
      walk(e.collection, bound, out);
      walk(e.key, bound, out);
      return;
    case 'Splat':
      walk(e.source, bound, out);
      walk(e.each, bound, out);
      return;
    case 'For': {
      walk(e.collection, bound, out);
      const inner = withNames(bound, e.keyVar, e.valueVar);
      if (e.keyExpr) walk(e.keyExpr, inner, out);
      walk(e.valueExpr, inner, out);
      if (e.condition) walk(e.condition, inner, out);
      return;
    }
    case 'Conditional':
      walk(e.condition, bound, out);
      walk(e.trueResult, bound, out);
      walk(e.falseResult, bound, out);
      return;
    case 'UnaryOp':
      return walk(e.operand, bound, out);
    case 'BinaryOp':
      walk(e.left, bound, out);
      walk(e.right, bound, out);
      return;
    case 'Parentheses':
      return walk(e.expr, bound, out);
  }
}

function withNames(bound: ReadonlySet<string>, ...names: (string | undefined)[]): Set<string> {
  const s = new Set(bound);
  for (const n of names) if (n !== undefined) s.add(n);
  return s;
}

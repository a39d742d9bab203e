// Evaluates HCL expressions the way Terraform does, over known values, with UNKNOWN
// for anything that is only known after apply. An evaluation error (what Terraform
// would reject) or an exhausted budget is UNKNOWN; any other exception is a bug and
// propagates.

import type { Expr, TemplateExpr, Traverser } from '../../parse/hcl/ast.js';
import {
  EvalError,
  equals,
  fail,
  hasKey,
  isObj,
  newObject,
  setKey,
  sortedKeys,
  toBool,
  toNum,
  toStr,
} from './convert.js';
import type { SourceFile } from '../../parse/source.js';
import { DEFAULT_EVAL_LIMITS, EvalBudget, LimitError, setActiveBudget } from './budget.js';
import { callFunction } from './functions.js';
import { UNKNOWN, isOpen, isWhollyKnown, type Value } from './value.js';

/** Where names come from: `var`, `local`, resources, `count`, `each`, ... */
export interface Scope {
  /**
   * Value of a traversal rooted at a name; the scope may consume as many steps as it
   * needs (so `aws_s3_bucket.b.bucket` evaluates only that attribute) and applies the
   * rest with `applySteps`. Undefined when the root name is not defined here.
   */
  lookup(root: string, steps: Traverser[]): Value | undefined;
  /** The stack's evaluation budget; scopes without one get the default limits, unreported. */
  readonly budget?: EvalBudget;
  /**
   * Functions this scope adds to Terraform's (Terragrunt's `find_in_parent_folders`, ...):
   * the result, or undefined when the name is not one of them.
   */
  readonly call?: (name: string, args: Value[]) => Value | undefined;
}

export const EMPTY_SCOPE: Scope = { lookup: () => undefined };

/** A scope with no names, evaluating within a budget (defaults, tfvars, backend settings). */
export function constantScope(budget: EvalBudget | undefined): Scope {
  return budget ? { lookup: () => undefined, budget } : EMPTY_SCOPE;
}

/** Enforces the default limits where no budget was given; its hits are not reported. */
const UNREPORTED = new EvalBudget({ ...DEFAULT_EVAL_LIMITS, timeBudgetMs: Infinity });

/** A scope with extra names bound (for-expression variables, dynamic block iterators). */
export function bindScope(parent: Scope, names: Record<string, Value>): Scope {
  return {
    lookup(root, steps) {
      if (Object.prototype.hasOwnProperty.call(names, root)) return applySteps(names[root], steps);
      return parent.lookup(root, steps);
    },
    budget: parent.budget,
    ...(parent.call ? { call: parent.call } : {}),
  };
}

/**
 * Evaluates an expression. Errors Terraform would report, and exhausted budgets, become
 * UNKNOWN (a budget hit is recorded at its position in `file`); other exceptions are bugs
 * and propagate.
 */
export function evaluate(expr: Expr, scope: Scope, file?: SourceFile): Value {
  const budget = scope.budget ?? UNREPORTED;
  const previous = setActiveBudget(budget);
  let saved: number | undefined;
  try {
    saved = budget.enter();
    return evalExpr(expr, { scope, budget });
  } catch (e) {
    if (e instanceof EvalError) return UNKNOWN;
    if (e instanceof LimitError) {
      budget.recordError(e, expr.range, file);
      return UNKNOWN;
    }
    if (isStackOverflow(e)) {
      budget.recordError(new LimitError('nesting', 'this expression nests too deeply to evaluate'), expr.range, file);
      return UNKNOWN;
    }
    throw e;
  } finally {
    if (saved !== undefined) budget.exit(saved);
    setActiveBudget(previous);
  }
}

function isStackOverflow(e: unknown): boolean {
  // A plain string search: a regular expression here could overflow the exhausted stack again.
  return e instanceof RangeError && e.message.includes('call stack');
}

interface Ctx {
  scope: Scope;
  budget: EvalBudget;
  /** Current element inside a splat's `each`. */
  anon?: Value;
}

export function applySteps(value: Value, steps: Traverser[]): Value {
  let v = value;
  for (const step of steps) {
    if (v === UNKNOWN) return UNKNOWN;
    v = step.kind === 'Attr' ? getAttr(v, step.name) : getIndex(v, step.key);
  }
  return v;
}

function getAttr(v: Value, name: string): Value {
  if (v === UNKNOWN) return UNKNOWN;
  if (isObj(v)) {
    if (!hasKey(v, name)) return isOpen(v) ? UNKNOWN : fail(`no attribute "${name}"`);
    return v[name];
  }
  return fail(`cannot access attribute "${name}" here`);
}

export function getIndex(v: Value, key: Value): Value {
  if (v === UNKNOWN || key === UNKNOWN) return UNKNOWN;
  if (Array.isArray(v)) {
    const i = toNum(key);
    if (!Number.isInteger(i) || i < 0 || i >= v.length) fail('index out of range');
    return v[i];
  }
  if (isObj(v)) {
    const k = toStr(key);
    if (!hasKey(v, k)) fail(`no element "${k}"`);
    return v[k];
  }
  return fail('value cannot be indexed');
}

function evalExpr(expr: Expr, ctx: Ctx): Value {
  ctx.budget.tick();
  switch (expr.kind) {
    case 'LiteralValue':
      return expr.value;
    case 'Template':
      return evalTemplate(expr, ctx);
    case 'TemplateWrap':
      return evalExpr(expr.wrapped, ctx);
    case 'TemplateIf':
    case 'TemplateFor':
      return evalTemplate({ kind: 'Template', parts: [expr], range: expr.range }, ctx);
    case 'TupleCons':
      return expr.items.map((item) => evalExpr(item, ctx));
    case 'ObjectCons': {
      const obj = newObject();
      for (const item of expr.items) {
        const key = item.bareKey ?? evalExpr(item.key, ctx);
        if (key === UNKNOWN) return UNKNOWN;
        setKey(obj, toStr(key), evalExpr(item.value, ctx));
      }
      return obj;
    }
    case 'ScopeTraversal': {
      const v = ctx.scope.lookup(expr.root, expr.traversal);
      if (v === undefined) fail(`reference to undeclared ${expr.root}`);
      return v;
    }
    case 'RelativeTraversal':
      return applySteps(evalExpr(expr.source, ctx), expr.traversal);
    case 'FunctionCall':
      return positioned(expr, () => evalCall(expr, ctx));
    case 'Index':
      return getIndex(evalExpr(expr.collection, ctx), evalExpr(expr.key, ctx));
    case 'Splat':
      return evalSplat(expr.source, expr.each, ctx);
    case 'AnonSymbol':
      if (ctx.anon === undefined) fail('splat symbol outside a splat');
      return ctx.anon;
    case 'For':
      return positioned(expr, () => evalFor(expr, ctx));
    case 'Conditional':
      return evalConditional(expr.condition, expr.trueResult, expr.falseResult, ctx);
    case 'UnaryOp': {
      const v = evalExpr(expr.operand, ctx);
      if (v === UNKNOWN) return UNKNOWN;
      return expr.op === '!' ? !toBool(v) : -toNum(v);
    }
    case 'BinaryOp':
      return evalBinary(expr.op, expr.left, expr.right, ctx);
    case 'Parentheses':
      return evalExpr(expr.expr, ctx);
    case 'Invalid':
      return UNKNOWN;
  }
}

/** A budget hit inside a `for` or a function call points at the innermost one. */
function positioned(expr: Expr, run: () => Value): Value {
  try {
    return run();
  } catch (e) {
    if (e instanceof LimitError && e.range === undefined && e.limit !== 'time') e.range = expr.range;
    throw e;
  }
}

function evalTemplate(t: TemplateExpr, ctx: Ctx): Value {
  let out = '';
  let unknown = false;
  for (const part of t.parts) {
    if (part.kind === 'TemplateLiteral') {
      out += part.value;
    } else if (part.kind === 'TemplateIf') {
      const c = evalExpr(part.condition, ctx);
      if (c === UNKNOWN) unknown = true;
      else {
        const branch = toBool(c) ? part.then : part.else;
        const v = branch ? evalTemplate(branch, ctx) : '';
        if (v === UNKNOWN) unknown = true;
        else out += v as string;
      }
    } else if (part.kind === 'TemplateFor') {
      const coll = evalExpr(part.collection, ctx);
      if (coll === UNKNOWN) unknown = true;
      else {
        for (const [k, v] of iterate(coll)) {
          ctx.budget.addElements(1);
          const inner = { ...ctx, scope: bindScope(ctx.scope, forNames(part.keyVar, part.valueVar, k, v)) };
          const s = evalTemplate(part.body, inner);
          if (s === UNKNOWN) unknown = true;
          else out += s as string;
          ctx.budget.checkString(out.length);
        }
      }
    } else {
      const v = evalExpr(part, ctx);
      if (!isWhollyKnown(v)) unknown = true;
      else out += toStr(v);
    }
    ctx.budget.checkString(out.length);
  }
  return unknown ? UNKNOWN : out;
}

function forNames(keyVar: string | undefined, valueVar: string, k: Value, v: Value): Record<string, Value> {
  const names: Record<string, Value> = {};
  if (keyVar !== undefined) names[keyVar] = k;
  names[valueVar] = v;
  return names;
}

/** Key/value pairs of a collection: index for lists, key (lexical order) for maps. */
export function iterate(coll: Value): [Value, Value][] {
  if (Array.isArray(coll)) return coll.map((v, i) => [i, v]);
  if (isObj(coll)) return sortedKeys(coll).map((k) => [k, coll[k]]);
  if (coll === null) fail('cannot iterate over null');
  return fail('value is not a collection');
}

function evalFor(expr: Extract<Expr, { kind: 'For' }>, ctx: Ctx): Value {
  const coll = evalExpr(expr.collection, ctx);
  if (coll === UNKNOWN) return UNKNOWN;
  const items: Value[] = [];
  const obj = newObject();
  const groups = new Map<string, Value[]>();
  for (const [k, v] of iterate(coll)) {
    ctx.budget.addElements(1);
    const inner: Ctx = { ...ctx, scope: bindScope(ctx.scope, forNames(expr.keyVar, expr.valueVar, k, v)) };
    if (expr.condition) {
      const c = evalExpr(expr.condition, inner);
      if (c === UNKNOWN) return UNKNOWN;
      if (!toBool(c)) continue;
    }
    if (!expr.keyExpr) {
      items.push(evalExpr(expr.valueExpr, inner));
      continue;
    }
    const key = evalExpr(expr.keyExpr, inner);
    if (key === UNKNOWN) return UNKNOWN;
    const ks = toStr(key);
    const value = evalExpr(expr.valueExpr, inner);
    if (expr.group) {
      const g = groups.get(ks) ?? [];
      g.push(value);
      groups.set(ks, g);
    } else {
      if (hasKey(obj, ks)) fail(`duplicate key "${ks}" in for expression`);
      setKey(obj, ks, value);
    }
  }
  if (!expr.keyExpr) return items;
  if (expr.group) for (const [k, g] of groups) setKey(obj, k, g);
  return obj;
}

function evalSplat(source: Expr, each: Expr, ctx: Ctx): Value {
  const src = evalExpr(source, ctx);
  if (src === UNKNOWN) return UNKNOWN;
  if (src === null) return [];
  const list = Array.isArray(src) ? src : [src];
  ctx.budget.addElements(list.length);
  return list.map((el) => (el === UNKNOWN ? UNKNOWN : evalExpr(each, { ...ctx, anon: el })));
}

function evalConditional(condition: Expr, t: Expr, f: Expr, ctx: Ctx): Value {
  const c = evalExpr(condition, ctx);
  if (c === UNKNOWN) {
    // Either branch may be taken: only a value both agree on is known.
    const a = tryEval(t, ctx);
    const b = tryEval(f, ctx);
    if (a !== undefined && b !== undefined && isWhollyKnown(a) && equals(a, b) === true) return a;
    return UNKNOWN;
  }
  const taken = toBool(c) ? t : f;
  const other = toBool(c) ? f : t;
  const v = evalExpr(taken, ctx);
  // Terraform converts both results to one type: a number or bool next to a string becomes a string.
  if (v !== null && v !== UNKNOWN && (typeof v === 'number' || typeof v === 'boolean')) {
    const o = tryEval(other, ctx);
    if (typeof o === 'string') return toStr(v);
  }
  return v;
}

function tryEval(expr: Expr, ctx: Ctx): Value | undefined {
  try {
    return evalExpr(expr, ctx);
  } catch (e) {
    if (e instanceof EvalError) return undefined;
    throw e;
  }
}

function evalBinary(op: string, le: Expr, re: Expr, ctx: Ctx): Value {
  const l = evalExpr(le, ctx);
  const r = evalExpr(re, ctx);
  if (op === '&&' || op === '||') {
    // A known deciding operand settles the result even when the other is unknown.
    const lb = l === UNKNOWN ? UNKNOWN : toBool(l);
    const rb = r === UNKNOWN ? UNKNOWN : toBool(r);
    if (op === '&&') {
      if (lb === false || rb === false) return false;
      return lb === UNKNOWN || rb === UNKNOWN ? UNKNOWN : true;
    }
    if (lb === true || rb === true) return true;
    return lb === UNKNOWN || rb === UNKNOWN ? UNKNOWN : false;
  }
  if (op === '==' || op === '!=') {
    const eq = equals(l, r);
    if (eq === UNKNOWN) return UNKNOWN;
    return op === '==' ? eq : !eq;
  }
  if (l === UNKNOWN || r === UNKNOWN) return UNKNOWN;
  const a = toNum(l);
  const b = toNum(r);
  switch (op) {
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '>=':
      return a >= b;
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) fail('divide by zero');
      return a / b;
    case '%': {
      if (b === 0) fail('divide by zero');
      return a % b;
    }
  }
  return fail(`unknown operator ${op}`);
}

function evalCall(expr: Extract<Expr, { kind: 'FunctionCall' }>, ctx: Ctx): Value {
  const name = expr.name;
  // try and can see errors, so their arguments are evaluated here, one by one.
  if (name === 'try') {
    for (const arg of expr.args) {
      const v = tryEval(arg, ctx);
      if (v === undefined) continue;
      return v === UNKNOWN ? UNKNOWN : v;
    }
    return fail('no expression succeeded');
  }
  if (name === 'can') {
    if (expr.args.length !== 1) fail('can takes one argument');
    const v = tryEval(expr.args[0], ctx);
    if (v === undefined) return false;
    return isWhollyKnown(v) ? true : UNKNOWN;
  }
  let args = expr.args.map((a) => evalExpr(a, ctx));
  if (expr.expandFinal && args.length > 0) {
    const last = args[args.length - 1];
    if (last === UNKNOWN) return UNKNOWN;
    if (!Array.isArray(last)) fail('expanding argument must be a list');
    args = [...args.slice(0, -1), ...last];
  }
  const out = ctx.scope.call?.(name, args) ?? callFunction(name, args);
  if (typeof out === 'string') ctx.budget.checkString(out.length);
  else if (Array.isArray(out)) ctx.budget.addElements(out.length);
  return out;
}

// count / for_each: which instances a resource or module call has, the scope each
// instance evaluates in (count.index, each.key, each.value), and how a reference
// (`aws_subnet.a[0]`, `module.db["x"]`, `aws_subnet.a[*]`) picks among them.

import type { Block, Traverser } from '../../parse/hcl/ast.js';
import type { SourceFile } from '../../parse/source.js';
import type { EvalBudget } from './budget.js';
import { EvalError, formatNumber, newObject, setKey } from './convert.js';
import { applySteps, evaluate, iterate, type Scope } from './evaluate.js';
import { blockAttr } from './module-def.js';
import type { Expansion } from './types.js';
import { UNKNOWN, type Value } from './value.js';

export type InstanceKey = string | number | undefined;

/** A configuration expanded by count / for_each. */
export interface Expanded<T> {
  mode: Expansion;
  instances: T[];
}

export function keySuffix(key: InstanceKey): string {
  if (key === undefined) return '';
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

type ExpansionKeys = { mode: Expansion; keys: readonly { key: InstanceKey; each?: Value }[] };

// Shared answers (most blocks are single): read-only, never one allocation per block.
const NONE: ExpansionKeys = Object.freeze({ mode: 'unknown', keys: Object.freeze([]) });
const ONE_UNKNOWN: ExpansionKeys = Object.freeze({
  mode: 'unknown',
  keys: Object.freeze([Object.freeze({ key: undefined })]),
});
const SINGLE: ExpansionKeys = Object.freeze({
  mode: 'single',
  keys: Object.freeze([Object.freeze({ key: undefined })]),
});

/**
 * Evaluates count / for_each of a block, within the stack's instance budget. An unknown
 * collection still gives one unkeyed instance: its own arguments are known and are
 * judged "if it exists". Over the per-block limit the instances are unknown too; once
 * the stack's budget is spent there are none, so fan-out cannot multiply further.
 */
export function expansionKeys(
  node: Block,
  scope: Scope,
  budget: EvalBudget,
  file: SourceFile,
  /** The block's address, for the budget's note. */
  what: string,
): ExpansionKeys {
  const none = NONE;
  if (budget.instancesExhausted) return none;
  const unknown = () => (budget.admitInstances(1, what, file, node.typeRange) ? ONE_UNKNOWN : none);
  const overLimit = () => (budget.instancesExhausted ? none : unknown());
  const count = blockAttr(node, 'count');
  const forEach = blockAttr(node, 'for_each');
  if (count) {
    const v = evaluate(count.expr, scope, file);
    if (typeof v !== 'number' && !(typeof v === 'string' && /^\d+$/.test(v))) return unknown();
    const n = Math.max(0, Math.floor(Number(v)));
    if (!budget.admitInstances(n, what, file, count.expr.range)) return overLimit();
    return { mode: 'count', keys: Array.from({ length: n }, (_, i) => ({ key: i })) };
  }
  if (forEach) {
    const v = evaluate(forEach.expr, scope, file);
    if (v === UNKNOWN || v === null) return unknown();
    let pairs: [Value, Value][];
    try {
      pairs = iterate(v);
    } catch (e) {
      if (e instanceof EvalError) return unknown();
      throw e;
    }
    // A set of strings: each.key and each.value are both the element.
    const keys = pairs.map(([k, val]) => {
      const key = typeof k === 'number' ? (typeof val === 'number' ? formatNumber(val) : val) : k;
      return { key: typeof key === 'string' ? key : undefined, each: val };
    });
    if (keys.some((k) => k.key === undefined)) return unknown();
    if (!budget.admitInstances(keys.length, what, file, forEach.expr.range)) return overLimit();
    return { mode: 'for_each', keys };
  }
  return budget.admitInstances(1, what, file, node.typeRange) ? SINGLE : none;
}

/** The scope of one instance: `count` and `each` bound, everything else from the module. */
export function instanceScope(module: Scope, mode: Expansion, key: InstanceKey, each: Value | undefined): Scope {
  return {
    budget: module.budget,
    lookup: (root, steps) => {
      if (root === 'self') return UNKNOWN;
      if (root === 'count') {
        if (mode === 'unknown') return UNKNOWN;
        if (mode !== 'count') return undefined;
        const o = newObject();
        setKey(o, 'index', key as number);
        return applySteps(o, steps);
      }
      if (root === 'each') {
        if (mode === 'unknown') return UNKNOWN;
        if (mode !== 'for_each') return undefined;
        const o = newObject();
        setKey(o, 'key', key as string);
        setKey(o, 'value', each ?? null);
        return applySteps(o, steps);
      }
      return module.lookup(root, steps);
    },
  };
}

/** The value a reference to an expanded configuration designates: one instance, or all of them. */
export function pickInstance<T extends { key?: InstanceKey }>(
  exp: Expanded<T>,
  steps: Traverser[],
  use: (inst: T, rest: Traverser[]) => Value,
): Value {
  if (exp.mode === 'unknown') return UNKNOWN;
  if (exp.mode === 'single') return exp.instances[0] ? use(exp.instances[0], steps) : UNKNOWN;
  const step = steps[0];
  if (step?.kind === 'Index') {
    const wanted = exp.mode === 'count' ? Number(step.key) : String(step.key);
    const inst = exp.instances.find((i) => i.key === wanted);
    if (!inst) return UNKNOWN;
    return use(inst, steps.slice(1));
  }
  // The whole collection: a list for count, a map for for_each.
  if (exp.mode === 'count')
    return applySteps(
      exp.instances.map((i) => use(i, [])),
      steps,
    );
  const o = newObject();
  for (const i of exp.instances) setKey(o, String(i.key), use(i, []));
  return applySteps(o, steps);
}

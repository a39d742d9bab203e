// Converts a variable's value to its declared `type` the way Terraform does on input:
// "5" becomes 5 for `number`, object attributes marked optional() get their defaults.
// A value that does not convert is kept as given (Terraform would reject the plan).

import type { Expr } from '../../parse/hcl/ast.js';
import { hasKey, isObj, newObject, setKey, sortSet, toBool, toNum, toStr } from './convert.js';
import { EMPTY_SCOPE, evaluate } from './evaluate.js';
import { UNKNOWN, type Value } from './value.js';

export function convertToType(value: Value, type: Expr | undefined): Value {
  if (!type) return value;
  try {
    return convert(value, type);
  } catch {
    return value;
  }
}

function convert(v: Value, t: Expr): Value {
  if (v === UNKNOWN || v === null) return v;
  if (t.kind === 'ScopeTraversal' && t.traversal.length === 0) {
    switch (t.root) {
      case 'string':
        return toStr(v);
      case 'number':
        return toNum(v);
      case 'bool':
        return toBool(v);
      default:
        return v;
    }
  }
  if (t.kind !== 'FunctionCall') return v;
  const arg = t.args[0];
  switch (t.name) {
    case 'list':
    case 'set': {
      if (!Array.isArray(v)) return v;
      const items = v.map((el) => (arg ? convert(el, arg) : el));
      return t.name === 'set' && items.every((x) => x !== UNKNOWN) ? sortSet(items) : items;
    }
    case 'map': {
      if (!isObj(v)) return v;
      const out = newObject();
      for (const k of Object.keys(v)) setKey(out, k, arg ? convert(v[k], arg) : v[k]);
      return out;
    }
    case 'tuple': {
      if (!Array.isArray(v) || arg?.kind !== 'TupleCons') return v;
      return v.map((el, i) => (arg.items[i] ? convert(el, arg.items[i]) : el));
    }
    case 'object': {
      if (!isObj(v) || arg?.kind !== 'ObjectCons') return v;
      const out = newObject();
      for (const k of Object.keys(v)) setKey(out, k, v[k]);
      for (const item of arg.items) {
        const name = item.bareKey ?? (item.key.kind === 'LiteralValue' ? String(item.key.value) : undefined);
        if (name === undefined) continue;
        const attrType = item.value;
        const optional = attrType.kind === 'FunctionCall' && attrType.name === 'optional';
        if (hasKey(out, name)) {
          const inner = optional ? attrType.args[0] : attrType;
          let x = inner ? convert(out[name], inner) : out[name];
          if (x === null && optional && attrType.args[1])
            x = convert(evaluate(attrType.args[1], EMPTY_SCOPE), attrType.args[0]);
          setKey(out, name, x);
        } else if (optional) {
          const d = attrType.args[1] ? evaluate(attrType.args[1], EMPTY_SCOPE) : null;
          setKey(out, name, attrType.args[0] && d !== null ? convert(d, attrType.args[0]) : d);
        }
      }
      return out;
    }
    case 'optional':
      return arg ? convert(v, arg) : v;
    default:
      return v;
  }
}

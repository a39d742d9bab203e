// Terraform's implicit conversions and equality over known values. Anything that
// Terraform would reject raises EvalError; the evaluator turns errors into UNKNOWN.

import { UNKNOWN, type Value, type ValueObject } from './value.js';

export class EvalError extends Error {}

export function fail(message: string): never {
  throw new EvalError(message);
}

/** Object with no prototype tricks: `__proto__` becomes an ordinary key. */
export function newObject(): ValueObject {
  return {};
}

export function setKey(obj: ValueObject, key: string, value: Value): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

export function hasKey(obj: ValueObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** Terraform iterates maps and objects in lexical key order. */
export function sortedKeys(obj: ValueObject): string[] {
  return Object.keys(obj).sort(compareStrings);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isObj(v: Value): v is ValueObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && v !== UNKNOWN;
}

/** Numbers as Terraform prints them: integers in full, no exponent for ordinary magnitudes. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) fail('number is not finite');
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  const s = String(n);
  if (!s.includes('e')) return s;
  // Small magnitudes: expand the exponent form the way Go's 'f' format with -1 precision does.
  const [mant, expStr] = s.split('e');
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  const intLen = mant.replace('-', '').split('.')[0].length + exp;
  const body = intLen <= 0 ? '0.' + '0'.repeat(-intLen) + digits : digits.slice(0, intLen) + '.' + digits.slice(intLen);
  return (neg ? '-' : '') + body;
}

/** Conversion to string as in templates and `tostring`: primitives only. */
export function toStr(v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) fail('null value cannot be converted to string');
  return fail('value cannot be converted to string');
}

export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t !== '' && t === v && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
    fail(`cannot convert "${v}" to number`);
  }
  if (v === null) fail('null value cannot be used as a number');
  return fail('value cannot be converted to number');
}

export function toBool(v: Value): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (v === null) fail('null value cannot be used as a bool');
  return fail('value cannot be converted to bool');
}

/** Type-strict equality as Terraform's `==`: `1 == "1"` is false. Unknown inside gives UNKNOWN. */
export function equals(a: Value, b: Value): boolean | typeof UNKNOWN {
  if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
  if (a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    let unknown = false;
    for (let i = 0; i < a.length; i++) {
      const r = equals(a[i], b[i]);
      if (r === false) return false;
      if (r === UNKNOWN) unknown = true;
    }
    return unknown ? UNKNOWN : true;
  }
  if (typeof a === 'object' || typeof b === 'object') {
    if (!isObj(a) || !isObj(b)) return false;
    const ka = sortedKeys(a);
    const kb = sortedKeys(b);
    if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
    let unknown = false;
    for (const k of ka) {
      const r = equals(a[k], b[k]);
      if (r === false) return false;
      if (r === UNKNOWN) unknown = true;
    }
    return unknown ? UNKNOWN : true;
  }
  return a === b;
}

/** Deep equality where UNKNOWN counts as not equal (for contains, index, distinct). */
export function sameValue(a: Value, b: Value): boolean {
  return equals(a, b) === true;
}

/**
 * Terraform unifies the types of values that must share one type (conditional
 * branches, list elements, map values): mixing strings with numbers or bools makes
 * them all strings.
 */
export function unifyPrimitives(values: Value[]): Value[] {
  const kinds = new Set(values.filter((v) => v !== null && v !== UNKNOWN).map((v) => typeof v));
  if (
    kinds.size > 1 &&
    kinds.has('string') &&
    [...kinds].every((k) => k === 'string' || k === 'number' || k === 'boolean')
  ) {
    return values.map((v) => (v === null || v === UNKNOWN ? v : toStr(v)));
  }
  return values;
}

/**
 * A string equal for two values exactly when `sameValue` holds, so duplicates are found
 * in linear time; undefined for values holding UNKNOWN (never the same as anything).
 */
export function identityKey(v: Value): string | undefined {
  if (v === UNKNOWN || v === null) return v === null ? 'z' : undefined;
  if (typeof v === 'string') return 's' + JSON.stringify(v);
  if (typeof v === 'number') return Number.isNaN(v) ? undefined : 'n' + String(v);
  if (typeof v === 'boolean') return v ? 'T' : 'F';
  const parts: string[] = [];
  if (Array.isArray(v)) {
    for (const el of v) {
      const k = identityKey(el);
      if (k === undefined) return undefined;
      parts.push(k);
    }
    return '[' + parts.join(',') + ']';
  }
  if (!isObj(v)) return undefined;
  for (const key of sortedKeys(v)) {
    const k = identityKey(v[key]);
    if (k === undefined) return undefined;
    parts.push(JSON.stringify(key) + ':' + k);
  }
  return '{' + parts.join(',') + '}';
}

/** Values without duplicates (by `sameValue`), first occurrence kept, in linear time. */
export function distinctValues(values: Value[]): Value[] {
  const seen = new Set<string>();
  const out: Value[] = [];
  for (const v of values) {
    const k = identityKey(v);
    if (k !== undefined) {
      if (seen.has(k)) continue;
      seen.add(k);
    }
    out.push(v);
  }
  return out;
}

/** Orders set elements as cty does: numbers numerically, strings lexically. */
export function sortSet(values: Value[]): Value[] {
  const out = distinctValues(unifyPrimitives(values));
  if (out.every((v) => typeof v === 'number')) return (out as number[]).sort((a, b) => a - b);
  if (out.every((v) => typeof v === 'string')) return (out as string[]).sort(compareStrings);
  return out;
}

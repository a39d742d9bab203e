// Terraform's built-in functions over known values. A function Terraform has but we
// do not (or one that needs I/O, time or randomness) gives UNKNOWN.

import { RE2JS } from 're2js';
import { activeBudget } from './budget.js';
import {
  compareStrings,
  distinctValues,
  fail,
  identityKey,
  hasKey,
  isObj,
  newObject,
  sameValue,
  setKey,
  sortSet,
  sortedKeys,
  toBool,
  toNum,
  toStr,
  unifyPrimitives,
} from './convert.js';
import { format } from './format.js';
import { jsonEncode } from './json-encode.js';
import { yamlEncode } from './yaml-encode.js';
import { UNKNOWN, isWhollyKnown, type Value, type ValueObject } from './value.js';

type Fn = (args: Value[]) => Value;

interface FnDef {
  fn: Fn;
  /** Arguments may contain UNKNOWN inside collections (not at the top level). */
  partial?: boolean;
  /** Sees top-level UNKNOWN arguments too. */
  unknownAware?: boolean;
}

export function callFunction(name: string, args: Value[]): Value {
  const def = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (!def) return UNKNOWN;
  if (!def.unknownAware) {
    if (def.partial ? args.some((a) => a === UNKNOWN) : !args.every(isWhollyKnown)) return UNKNOWN;
  }
  return def.fn(args);
}

function arity(args: Value[], min: number, max = min): void {
  if (args.length < min || args.length > max) fail('wrong number of arguments');
}

function list(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  return fail('a list is required');
}

function obj(v: Value): ValueObject {
  if (isObj(v)) return v;
  return fail('a map or object is required');
}

function str(v: Value): string {
  if (v === null || typeof v === 'object') fail('a string is required');
  return toStr(v);
}

function chars(s: string): string[] {
  return Array.from(s);
}

const unicodeSpace = /^[\s\u0085]+|[\s\u0085]+$/g;

/**
 * Terraform's regular expressions are RE2: linear time whatever the pattern, so a
 * hostile `(a+)+$` cannot stall the run. Compiled patterns are cached per pattern.
 */
const compiled = new Map<string, RE2JS>();

function re2(pattern: string): RE2JS {
  let re = compiled.get(pattern);
  if (!re) {
    try {
      re = RE2JS.compile(pattern);
    } catch (e) {
      return fail(`invalid regular expression: ${(e as Error).message}`);
    }
    if (compiled.size > 1000) compiled.clear();
    compiled.set(pattern, re);
  }
  return re;
}

/** Characters of a string about to be built: refused before it is built when over the limit. */
function checkLength(n: number): void {
  activeBudget()?.checkString(n);
}

function countElements(n: number): void {
  activeBudget()?.addElements(n);
}

/** `regex`'s result for one match: the match, its groups as a list, or named groups as an object. */
function matchValue(re: RE2JS, m: ReturnType<RE2JS['matcher']>): Value {
  const names = re.namedGroups() as Record<string, number>;
  const count = m.groupCount();
  if (Object.keys(names).length > 0) {
    const out = newObject();
    for (const [k, i] of Object.entries(names)) setKey(out, k, m.group(i) ?? null);
    return out;
  }
  if (count === 0) return m.group(0) ?? '';
  const groups: Value[] = [];
  for (let i = 1; i <= count; i++) groups.push(m.group(i) ?? null);
  return groups;
}

/** Go's Regexp.ReplaceAllString: `$1`, `${1}`, `${name}` in the replacement; the output is bounded as it grows. */
function regexReplace(s: string, pattern: string, rep: string): string {
  const re = re2(pattern);
  const m = re.matcher(s);
  const names = re.namedGroups() as Record<string, number>;
  let out = '';
  let last = 0;
  forEachMatch(m, s.length, () => {
    out += s.slice(last, m.start()) + expandReplacement(rep, m, names);
    checkLength(out.length);
    last = m.end();
  });
  return out + s.slice(last);
}

/** Go's successive non-overlapping matches: an empty match right after a match is ignored. */
function forEachMatch(m: ReturnType<RE2JS['matcher']>, length: number, use: () => void): void {
  let from = 0;
  let prevEnd = -1;
  while (from <= length && m.find(from)) {
    const start = m.start();
    const end = m.end();
    if (!(start === end && start === prevEnd)) use();
    prevEnd = end;
    from = end === start ? end + 1 : end;
  }
}

function expandReplacement(rep: string, m: ReturnType<RE2JS['matcher']>, names: Record<string, number>): string {
  if (!rep.includes('$')) return rep;
  // Go takes the longest name after $ ([A-Za-z0-9_]); a missing group is empty.
  return rep.replace(/\$(?:\{(\w+)\}|(\w+)|\$)/g, (all, braced: string | undefined, bare: string | undefined) => {
    if (all === '$$') return '$';
    const name = (braced ?? bare)!;
    const index = /^\d+$/.test(name) ? Number(name) : names[name];
    if (index === undefined || index > m.groupCount()) return '';
    return m.group(index) ?? '';
  });
}

function goTitle(s: string): string {
  let prevLetter = false;
  let out = '';
  for (const ch of s) {
    const isWordChar = /[\p{L}\p{N}_']/u.test(ch);
    out += !prevLetter && isWordChar ? ch.toUpperCase() : ch;
    prevLetter = isWordChar;
  }
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    return fail(`invalid JSON: ${(e as Error).message}`);
  }
}

function fromJson(x: unknown): Value {
  if (x === null || typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') return x;
  if (Array.isArray(x)) return x.map(fromJson);
  const o = newObject();
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) setKey(o, k, fromJson(v));
  return o;
}

function flattenInto(v: Value[], out: Value[]): boolean {
  for (const el of v) {
    if (el === UNKNOWN) return false;
    if (Array.isArray(el)) {
      if (!flattenInto(el, out)) return false;
    } else {
      out.push(el);
      countElements(1);
    }
  }
  return true;
}

function mapValues(o: ValueObject): Value[] {
  return sortedKeys(o).map((k) => o[k]);
}

function numbers(args: Value[]): number[] {
  if (args.length === 0) fail('at least one argument is required');
  return args.map(toNum);
}

/** Math.min/max without spreading (a spread of a long list overflows the call stack). */
function extreme(ns: number[], pick: (a: number, b: number) => number): number {
  let out = ns[0];
  for (let i = 1; i < ns.length; i++) out = pick(out, ns[i]);
  return out;
}

function ipv4ToInt(s: string): number {
  const parts = s.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) fail('invalid IPv4 address');
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

function intToIpv4(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

function cidrsubnet(prefix: string, newbits: number, netnum: number): string {
  const m = /^([\d.]+)\/(\d+)$/.exec(prefix);
  if (!m) fail('invalid CIDR (only IPv4 is supported)');
  const bits = Number(m[2]);
  const newLen = bits + newbits;
  if (bits > 32 || newLen > 32 || newbits < 0) fail('not enough address space');
  if (netnum < 0 || netnum >= 2 ** newbits || !Number.isInteger(netnum)) fail('netnum out of range');
  const size = 2 ** (32 - bits);
  const base = Math.floor(ipv4ToInt(m[1]) / size) * size;
  return `${intToIpv4(base + netnum * 2 ** (32 - newLen))}/${newLen}`;
}

const FUNCTIONS: Record<string, FnDef> = {
  // Collections.
  merge: {
    partial: true,
    fn: (args) => {
      const out = newObject();
      for (const a of args) {
        if (a === null) continue;
        const o = obj(a);
        for (const k of Object.keys(o)) setKey(out, k, o[k]);
      }
      return out;
    },
  },
  lookup: {
    partial: true,
    fn: (args) => {
      arity(args, 2, 3);
      const o = obj(args[0]);
      const k = str(args[1]);
      if (hasKey(o, k)) return o[k];
      if (args.length === 3) return args[2];
      return fail(`no key "${k}"`);
    },
  },
  concat: {
    partial: true,
    fn: (args) => {
      countElements(args.reduce<number>((n, a) => n + (Array.isArray(a) ? a.length : 0), 0));
      return args.flatMap((a) => list(a));
    },
  },
  contains: {
    fn: (args) => {
      arity(args, 2);
      return list(args[0]).some((v) => sameValue(v, args[1]));
    },
  },
  coalesce: {
    fn: (args) => {
      const unified = unifyPrimitives(args);
      for (const v of unified) if (v !== null && v !== '') return v;
      return fail('no non-null, non-empty-string arguments');
    },
  },
  coalescelist: {
    partial: true,
    fn: (args) => {
      for (const a of args) if (list(a).length > 0) return a;
      return fail('no non-empty list arguments');
    },
  },
  length: {
    partial: true,
    fn: (args) => {
      arity(args, 1);
      const v = args[0];
      if (typeof v === 'string') return chars(v).length;
      if (Array.isArray(v)) return v.length;
      if (isObj(v)) return Object.keys(v).length;
      return fail('length of a non-collection');
    },
  },
  keys: { partial: true, fn: (args) => (arity(args, 1), sortedKeys(obj(args[0]))) },
  values: { partial: true, fn: (args) => (arity(args, 1), mapValues(obj(args[0]))) },
  element: {
    partial: true,
    fn: (args) => {
      arity(args, 2);
      const l = list(args[0]);
      const i = toNum(args[1]);
      if (l.length === 0) fail('cannot use element function with an empty list');
      if (!Number.isInteger(i) || i < 0) fail('invalid index');
      return l[i % l.length];
    },
  },
  index: {
    fn: (args) => {
      arity(args, 2);
      const i = list(args[0]).findIndex((v) => sameValue(v, args[1]));
      if (i < 0) fail('item not found');
      return i;
    },
  },
  flatten: {
    partial: true,
    fn: (args) => {
      arity(args, 1);
      const out: Value[] = [];
      return flattenInto(list(args[0]), out) ? out : UNKNOWN;
    },
  },
  distinct: {
    fn: (args) => {
      arity(args, 1);
      return distinctValues(list(args[0]));
    },
  },
  compact: {
    fn: (args) => (
      arity(args, 1),
      list(args[0])
        .filter((v) => v !== null && v !== '')
        .map(str)
    ),
  },
  slice: {
    partial: true,
    // Known bounds give the length even when the list is unknown: `slice(module.vpc.private_subnets, 0, 1)`
    // is one subnet (or an error at apply), whatever the subnets are.
    unknownAware: true,
    fn: (args) => {
      arity(args, 3);
      if (args[1] === UNKNOWN || args[2] === UNKNOWN) return UNKNOWN;
      const s = toNum(args[1]);
      const e = toNum(args[2]);
      if (args[0] === UNKNOWN) {
        if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || s > e) fail('invalid slice indices');
        countElements(e - s);
        return new Array<Value>(e - s).fill(UNKNOWN);
      }
      const l = list(args[0]);
      if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e > l.length || s > e) fail('invalid slice indices');
      return l.slice(s, e);
    },
  },
  range: {
    fn: (args) => {
      arity(args, 1, 3);
      const n = args.map(toNum);
      const [start, limit, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? (n[0] <= n[1] ? 1 : -1)];
      if (step === 0) fail('step must not be zero');
      if ((step > 0 && start > limit) || (step < 0 && start < limit)) fail('step is in the wrong direction');
      const out: number[] = [];
      for (let v = start; step > 0 ? v < limit : v > limit; v += step) {
        out.push(v);
        if (out.length > 1024) fail('more than 1024 values');
      }
      return out;
    },
  },
  zipmap: {
    partial: true,
    fn: (args) => {
      arity(args, 2);
      const ks = list(args[0]);
      const vs = list(args[1]);
      if (ks.length !== vs.length) fail('number of keys and values differ');
      if (ks.some((k) => k === UNKNOWN)) return UNKNOWN;
      const out = newObject();
      ks.forEach((k, i) => setKey(out, str(k), vs[i]));
      return out;
    },
  },
  reverse: { partial: true, fn: (args) => (arity(args, 1), [...list(args[0])].reverse()) },
  sort: { fn: (args) => (arity(args, 1), list(args[0]).map(str).sort(compareStrings)) },
  one: {
    partial: true,
    fn: (args) => {
      arity(args, 1);
      const l = list(args[0]);
      if (l.length > 1) fail('must be a list with at most one element');
      return l.length === 0 ? null : l[0];
    },
  },
  alltrue: { fn: (args) => (arity(args, 1), list(args[0]).every((v) => toBool(v))) },
  anytrue: { fn: (args) => (arity(args, 1), list(args[0]).some((v) => toBool(v))) },
  setunion: { fn: (args) => sortSet(args.flatMap(list)) },
  setintersection: {
    fn: (args) => {
      if (args.length === 0) fail('at least one set is required');
      const [first, ...rest] = args.map(list);
      const keysOf = (l: Value[]) => new Set(l.map(identityKey).filter((k) => k !== undefined));
      const others = rest.map(keysOf);
      return sortSet(
        first.filter((v) => {
          const k = identityKey(v);
          return k !== undefined && others.every((o) => o.has(k));
        }),
      );
    },
  },
  // Type conversions.
  tostring: {
    fn: (args) => {
      arity(args, 1);
      const v = args[0];
      if (v === null) return null;
      return str(v);
    },
  },
  tonumber: { fn: (args) => (arity(args, 1), args[0] === null ? null : toNum(args[0])) },
  tobool: { fn: (args) => (arity(args, 1), args[0] === null ? null : toBool(args[0])) },
  tolist: { partial: true, fn: (args) => (arity(args, 1), unifyPrimitives(list(args[0]))) },
  toset: { fn: (args) => (arity(args, 1), sortSet(list(args[0]))) },
  tomap: {
    partial: true,
    fn: (args) => {
      arity(args, 1);
      const o = obj(args[0]);
      const ks = Object.keys(o);
      const unified = unifyPrimitives(ks.map((k) => o[k]));
      const out = newObject();
      ks.forEach((k, i) => setKey(out, k, unified[i]));
      return out;
    },
  },
  sensitive: { unknownAware: true, fn: (args) => (arity(args, 1), args[0]) },
  nonsensitive: { unknownAware: true, fn: (args) => (arity(args, 1), args[0]) },
  // Encodings.
  jsonencode: { fn: (args) => (arity(args, 1), jsonEncode(args[0])) },
  jsondecode: { fn: (args) => (arity(args, 1), fromJson(parseJson(str(args[0])))) },
  yamlencode: { fn: (args) => (arity(args, 1), yamlEncode(args[0])) },
  base64encode: { fn: (args) => (arity(args, 1), Buffer.from(str(args[0]), 'utf8').toString('base64')) },
  base64decode: { fn: (args) => (arity(args, 1), Buffer.from(str(args[0]), 'base64').toString('utf8')) },
  // Strings.
  format: {
    fn: (args) => (args.length === 0 ? fail('format needs a format string') : format(str(args[0]), args.slice(1))),
  },
  formatlist: {
    fn: (args) => {
      if (args.length === 0) fail('formatlist needs a format string');
      const spec = str(args[0]);
      const rest = args.slice(1);
      const lens = rest.filter(Array.isArray).map((l) => (l as Value[]).length);
      if (lens.some((l) => l !== lens[0])) fail('lists must have the same length');
      const n = lens.length === 0 ? 1 : lens[0];
      countElements(n);
      const out: string[] = [];
      for (let i = 0; i < n; i++)
        out.push(
          format(
            spec,
            rest.map((a) => (Array.isArray(a) ? a[i] : a)),
          ),
        );
      return out;
    },
  },
  join: {
    fn: (args) => {
      if (args.length < 2) fail('join needs a separator and a list');
      const parts = args.slice(1).flatMap(list).map(str);
      const sep = str(args[0]);
      checkLength(parts.reduce((n, p) => n + p.length, 0) + sep.length * Math.max(0, parts.length - 1));
      return parts.join(sep);
    },
  },
  split: { fn: (args) => (arity(args, 2), str(args[1]).split(str(args[0]))) },
  lower: { fn: (args) => (arity(args, 1), str(args[0]).toLowerCase()) },
  upper: { fn: (args) => (arity(args, 1), str(args[0]).toUpperCase()) },
  title: { fn: (args) => (arity(args, 1), goTitle(str(args[0]))) },
  trimspace: { fn: (args) => (arity(args, 1), str(args[0]).replace(unicodeSpace, '')) },
  trim: {
    fn: (args) => {
      arity(args, 2);
      const cut = new Set(chars(str(args[1])));
      const cs = chars(str(args[0]));
      let s = 0;
      let e = cs.length;
      while (s < e && cut.has(cs[s])) s++;
      while (e > s && cut.has(cs[e - 1])) e--;
      return cs.slice(s, e).join('');
    },
  },
  trimprefix: {
    fn: (args) => {
      arity(args, 2);
      const s = str(args[0]);
      const p = str(args[1]);
      return s.startsWith(p) ? s.slice(p.length) : s;
    },
  },
  trimsuffix: {
    fn: (args) => {
      arity(args, 2);
      const s = str(args[0]);
      const p = str(args[1]);
      return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
    },
  },
  replace: {
    fn: (args) => {
      arity(args, 3);
      const s = str(args[0]);
      const sub = str(args[1]);
      const rep = str(args[2]);
      if (sub.length > 1 && sub.startsWith('/') && sub.endsWith('/')) return regexReplace(s, sub.slice(1, -1), rep);
      const pieces = s.split(sub);
      checkLength(s.length + (pieces.length - 1) * (rep.length - sub.length));
      return pieces.join(rep);
    },
  },
  substr: {
    fn: (args) => {
      arity(args, 3);
      const cs = chars(str(args[0]));
      let off = toNum(args[1]);
      let len = toNum(args[2]);
      if (off < 0) off = cs.length + off;
      if (off < 0 || off > cs.length) fail('offset out of range');
      if (len < 0 || off + len > cs.length) len = cs.length - off;
      return cs.slice(off, off + len).join('');
    },
  },
  startswith: { fn: (args) => (arity(args, 2), str(args[0]).startsWith(str(args[1]))) },
  endswith: { fn: (args) => (arity(args, 2), str(args[0]).endsWith(str(args[1]))) },
  strcontains: { fn: (args) => (arity(args, 2), str(args[0]).includes(str(args[1]))) },
  regex: {
    fn: (args) => {
      arity(args, 2);
      const re = re2(str(args[0]));
      const m = re.matcher(str(args[1]));
      if (!m.find()) fail('pattern did not match');
      return matchValue(re, m);
    },
  },
  regexall: {
    fn: (args) => {
      arity(args, 2);
      const re = re2(str(args[0]));
      const s = str(args[1]);
      const m = re.matcher(s);
      const out: Value[] = [];
      forEachMatch(m, s.length, () => {
        out.push(matchValue(re, m));
        countElements(1);
      });
      return out;
    },
  },
  // Numbers.
  min: { fn: (args) => extreme(numbers(args), Math.min) },
  max: { fn: (args) => extreme(numbers(args), Math.max) },
  abs: { fn: (args) => (arity(args, 1), Math.abs(toNum(args[0]))) },
  ceil: { fn: (args) => (arity(args, 1), Math.ceil(toNum(args[0]))) },
  floor: { fn: (args) => (arity(args, 1), Math.floor(toNum(args[0]))) },
  sum: {
    fn: (args) => {
      arity(args, 1);
      const l = list(args[0]);
      if (l.length === 0) fail('cannot sum an empty list');
      return l.map(toNum).reduce((a, b) => a + b, 0);
    },
  },
  cidrsubnet: { fn: (args) => (arity(args, 3), cidrsubnet(str(args[0]), toNum(args[1]), toNum(args[2]))) },
};

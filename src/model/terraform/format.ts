// Terraform's `format` verbs (Go fmt semantics over cty values): %v %#v %s %q %d %f
// %e %g %t %x %X %o %b %%, with flags, width, precision and %[n] argument indexes.

import { activeBudget } from './budget.js';
import { fail, formatNumber, toBool, toNum, toStr } from './convert.js';
import { jsonEncode } from './json-encode.js';
import type { Value } from './value.js';

const VERB = /%(\[(\d+)\])?([-+# 0]*)(\d+)?(?:\.(\d*))?(\[(\d+)\])?([a-zA-Z%])/g;

export function format(spec: string, args: Value[]): string {
  let next = 0;
  let used = 0;
  const out = spec.replace(
    VERB,
    (
      _m,
      _i1,
      idx1: string | undefined,
      flags: string,
      width: string | undefined,
      prec: string | undefined,
      _i2,
      idx2: string | undefined,
      verb: string,
    ) => {
      if (verb === '%') return '%';
      const idx = idx1 ?? idx2;
      if (idx !== undefined) next = Number(idx) - 1;
      if (next < 0 || next >= args.length) fail('not enough arguments for format');
      const arg = args[next++];
      used = Math.max(used, next);
      const precision = prec === undefined ? undefined : prec === '' ? 0 : Number(prec);
      // JavaScript formats at most 100 digits; wider widths are refused before the padding is built.
      if (precision !== undefined && precision > 100 && 'fFeEgG'.includes(verb)) fail('precision is too large');
      const w = width === undefined ? 0 : Number(width);
      activeBudget()?.checkString(w);
      const body = formatOne(verb, flags, precision, arg);
      return pad(body, flags, w, verb);
    },
  );
  if (used < args.length) fail('too many arguments for format');
  return out;
}

function pad(s: string, flags: string, width: number, verb: string): string {
  const n = Array.from(s).length;
  if (n >= width) return s;
  if (flags.includes('-')) return s + ' '.repeat(width - n);
  if (flags.includes('0') && 'dfeExXobg'.includes(verb)) {
    const sign = /^[-+ ]/.test(s) ? s[0] : '';
    return sign + '0'.repeat(width - n) + s.slice(sign.length);
  }
  return ' '.repeat(width - n) + s;
}

function signed(n: number, body: string, flags: string): string {
  if (n < 0 || Object.is(n, -0)) return body;
  if (flags.includes('+')) return '+' + body;
  if (flags.includes(' ')) return ' ' + body;
  return body;
}

function goExponent(n: number, prec: number, upper: boolean): string {
  const s = n.toExponential(prec).replace(/e([+-])(\d)$/, 'e$10$2');
  return upper ? s.toUpperCase() : s;
}

function formatOne(verb: string, flags: string, prec: number | undefined, arg: Value): string {
  switch (verb) {
    case 'v':
      if (arg === null) return 'null';
      if (typeof arg === 'object' || flags.includes('#')) return jsonEncode(arg);
      return toStr(arg);
    case 's': {
      const s = toStr(arg);
      return prec === undefined ? s : Array.from(s).slice(0, prec).join('');
    }
    case 'q':
      return JSON.stringify(toStr(arg));
    case 't':
      return toBool(arg) ? 'true' : 'false';
    case 'd': {
      const n = toNum(arg);
      if (!Number.isInteger(n)) fail('%d needs a whole number');
      return signed(n, formatNumber(n), flags);
    }
    case 'f':
    case 'F': {
      const n = toNum(arg);
      return signed(n, n.toFixed(prec ?? 6), flags);
    }
    case 'e':
    case 'E': {
      const n = toNum(arg);
      return signed(n, goExponent(n, prec ?? 6, verb === 'E'), flags);
    }
    case 'g':
    case 'G': {
      const n = toNum(arg);
      return signed(n, prec === undefined ? formatNumber(n) : String(Number(n.toPrecision(Math.max(1, prec)))), flags);
    }
    case 'x':
    case 'X':
    case 'o':
    case 'b': {
      if (typeof arg === 'string' && (verb === 'x' || verb === 'X') && !/^-?\d+$/.test(arg)) {
        const hex = Buffer.from(arg, 'utf8').toString('hex');
        return verb === 'X' ? hex.toUpperCase() : hex;
      }
      const n = toNum(arg);
      if (!Number.isInteger(n)) fail(`%${verb} needs a whole number`);
      const radix = verb === 'o' ? 8 : verb === 'b' ? 2 : 16;
      const body = Math.abs(n).toString(radix);
      const s = (n < 0 ? '-' : '') + (verb === 'X' ? body.toUpperCase() : body);
      return signed(n, s, flags);
    }
  }
  return fail(`unsupported format verb %${verb}`);
}

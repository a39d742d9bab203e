// `yamlencode` in the style Terraform emits: block style, double-quoted keys and
// strings, literal blocks (`|`, `|-`) for multi-line strings, `{}` / `[]` when empty.

import { fail, formatNumber, isObj, sortedKeys } from './convert.js';
import { UNKNOWN, type Value } from './value.js';

export function yamlEncode(v: Value): string {
  return emit(v, 0) + '\n';
}

function scalar(v: Value): string | undefined {
  if (v === UNKNOWN) fail('unknown value');
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string') return v.includes('\n') ? undefined : quote(v);
  if (Array.isArray(v) && v.length === 0) return '[]';
  if (!Array.isArray(v) && Object.keys(v).length === 0) return '{}';
  return undefined;
}

function quote(s: string): string {
  return JSON.stringify(s).replace(/[\u0080-\u009f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16));
}

function literalBlock(s: string, indent: number): string {
  const chomp = s.endsWith('\n') ? '' : '-';
  const body = s.endsWith('\n') ? s.slice(0, -1) : s;
  const pad = ' '.repeat(indent);
  return (
    `|${chomp}\n` +
    body
      .split('\n')
      .map((l) => (l === '' ? '' : pad + l))
      .join('\n')
  );
}

/** Emits a value that starts right after `key: ` or `- ` (or at top level). */
function emit(v: Value, indent: number): string {
  const s = scalar(v);
  if (s !== undefined) return s;
  if (typeof v === 'string') return literalBlock(v, indent + 2);
  const pad = ' '.repeat(indent);
  if (Array.isArray(v)) {
    return v.map((el) => `${pad}- ${inline(el, indent + 2)}`).join('\n');
  }
  if (!isObj(v)) return fail('value cannot be encoded');
  const o = v;
  return sortedKeys(o)
    .map((k) => {
      const val = o[k];
      const sv = scalar(val);
      if (sv !== undefined) return `${pad}${quote(k)}: ${sv}`;
      if (typeof val === 'string') return `${pad}${quote(k)}: ${literalBlock(val, indent + 2)}`;
      // Lists sit at the key's indentation; maps one level deeper.
      return `${pad}${quote(k)}:\n${emit(val, Array.isArray(val) ? indent : indent + 2)}`;
    })
    .join('\n');
}

/** A collection inside a list item: its first line continues after `- `. */
function inline(v: Value, indent: number): string {
  const s = scalar(v);
  if (s !== undefined) return s;
  if (typeof v === 'string') return literalBlock(v, indent);
  return emit(v, indent).slice(indent);
}

// jsonencode as Terraform writes it (Go's encoder): keys sorted, HTML-significant
// characters escaped. Its own module because format() (`%#v`) and the function table both use it.

import { fail, formatNumber, isObj, sortedKeys } from './convert.js';
import { UNKNOWN, type Value } from './value.js';

export function jsonEncode(v: Value): string {
  if (v === UNKNOWN) fail('unknown value');
  if (v === null) return 'null';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') {
    // Go's encoder escapes HTML-significant characters and line separators.
    return JSON.stringify(v).replace(
      /[<>&\u2028\u2029]/g,
      (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
    );
  }
  if (Array.isArray(v)) return '[' + v.map(jsonEncode).join(',') + ']';
  if (!isObj(v)) return fail('value cannot be encoded');
  return (
    '{' +
    sortedKeys(v)
      .map((k) => jsonEncode(k) + ':' + jsonEncode(v[k]))
      .join(',') +
    '}'
  );
}

// ajv errors → errors a person can act on: the file, line and column of the offending key
// or value (found in the positioned YAML tree), the dotted key, and a message that says
// what is allowed (with "did you mean" for near misses). Shared by the config file and
// the user's rule files.

import type { ErrorObject } from 'ajv';
import type { YNode, YPair } from '../../parse/yaml/ast.js';
import type { Range, SourceFile } from '../../parse/source.js';
import { closest } from './suggest.js';

export interface ConfigError {
  file: string;
  /** 1-based; 0 when the file could not be read at all. */
  line: number;
  column: number;
  /** Dotted path of the offending setting (`rules.aws-rds-multi-az`), '' for the whole file. */
  key: string;
  message: string;
  /** The offending node's range, when there is one. */
  range?: Range;
}

/** `.arch-lint.yml:4:3: rules.aws-rds-multi-az: must be one of off, note, warning, error` */
export function formatConfigError(e: ConfigError): string {
  const where = e.line > 0 ? `${e.file}:${e.line}:${e.column}` : e.file;
  return `${where}: ${e.key ? `${e.key}: ` : ''}${e.message}`;
}

/** Reading order; ties keep ajv's order (stable sort). */
export function byPosition(errors: ConfigError[]): ConfigError[] {
  return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** ajv errors → positioned, readable errors; `prefix` is the dotted key of `root`. */
export function schemaErrors(
  errors: ErrorObject[],
  root: YNode | null,
  file: SourceFile | undefined,
  prefix: string,
): ConfigError[] {
  const out: ConfigError[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const described = describe(e);
    if (!described) continue;
    const path = [...pointer(e.instancePath), ...described.extra];
    const key = joinKey(prefix, path);
    const loc = locate(root, path) ?? file?.range(0, 0);
    const line = loc?.start.line ?? 0;
    const column = loc?.start.column ?? 0;
    const id = `${line}:${column}:${key}:${described.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ file: file?.path ?? '', line, column, key, message: described.message, ...(loc ? { range: loc } : {}) });
  }
  return out;
}

const SETTING_TYPE_MESSAGE = 'must be a severity (off, note, warning, error) or a mapping with severity and options';

/** A readable message for one ajv error; undefined for errors that only restate others. */
function describe(e: ErrorObject): { message: string; extra: string[] } | undefined {
  const got = e.data;
  switch (e.keyword) {
    case 'if':
      return undefined; // the branch's own error says what is wrong
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const hint = typeof got === 'string' ? closest(got, allowed) : undefined;
      return {
        message: `must be one of ${allowed.join(', ')}${typeof got === 'string' || typeof got === 'number' ? ` (got ${JSON.stringify(got)}${hint ? `; did you mean "${hint}"?` : ''})` : ` (got ${typeName(got)})`}`,
        extra: [],
      };
    }
    case 'type': {
      if (/^\/rules\/[^/]+$/.test(e.instancePath) && e.schemaPath.endsWith('else/type'))
        return { message: `${SETTING_TYPE_MESSAGE} (got ${typeName(got)})`, extra: [] };
      const expected = String((e.params as { type: string }).type)
        .split(',')
        .map(article)
        .join(' or ');
      return { message: `must be ${expected} (got ${typeName(got)})`, extra: [] };
    }
    case 'additionalProperties': {
      const name = (e.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const hint = closest(name, known);
      const allowed = known.length > 0 ? `; allowed: ${known.join(', ')}` : '';
      return { message: `unknown key${hint ? ` (did you mean "${hint}"?)` : allowed}`, extra: [name] };
    }
    case 'propertyNames': {
      const name = (e.params as { propertyName: string }).propertyName;
      return { message: 'rule ids are kebab-case: lowercase letters, digits and "-"', extra: [name] };
    }
    case 'pattern':
      // Inside propertyNames the pattern error carries the parent's path; the propertyNames error names the key.
      if (e.schemaPath.includes('/propertyNames/')) return undefined;
      return { message: `must match ${(e.params as { pattern: string }).pattern}`, extra: [] };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const p = e.params as { comparison: string; limit: number };
      return { message: `must be ${p.comparison} ${p.limit} (got ${JSON.stringify(got)})`, extra: [] };
    }
    case 'minProperties':
    case 'maxProperties': {
      const limit = (e.params as { limit: number }).limit;
      const n = typeof got === 'object' && got !== null ? Object.keys(got).length : 0;
      const bound = e.keyword === 'minProperties' ? 'at least' : 'at most';
      return { message: `must have ${bound} ${limit} key${limit === 1 ? '' : 's'} (got ${n})`, extra: [] };
    }
    case 'oneOf':
      return undefined; // each branch's own error says what is wrong
    case 'minItems':
      if ((e.params as { limit: number }).limit === 1) return { message: 'must not be an empty list', extra: [] };
      return { message: e.message ?? 'is invalid', extra: [] };
    case 'minLength':
      if ((e.params as { limit: number }).limit === 1) return { message: 'must not be empty', extra: [] };
      return { message: e.message ?? 'is invalid', extra: [] };
    case 'required':
      return {
        message: `missing required key "${(e.params as { missingProperty: string }).missingProperty}"`,
        extra: [],
      };
    default:
      return { message: e.message ?? `fails ${e.keyword}`, extra: [] };
  }
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'a boolean',
    null: 'null',
  };
  return names[type] ?? type;
}

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
  return `a ${typeof v}`;
}

/** JSON Pointer → segments. */
function pointer(p: string): string[] {
  if (p === '') return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function joinKey(prefix: string, path: (string | number)[]): string {
  let out = prefix;
  for (const step of path) {
    if (typeof step === 'number' || /^\d+$/.test(step)) out += `[${step}]`;
    else out += out ? `.${step}` : step;
  }
  return out;
}

/** The node at a path and, when the last step is a mapping key, its pair. */
export function locateNode(root: YNode | null, path: (string | number)[]): { node: YNode; pair?: YPair } | undefined {
  let node: YNode | null = root;
  let pair: YPair | undefined;
  for (const step of path) {
    if (!node) return undefined;
    if (node.kind === 'map') {
      pair = node.pairs.find((p) => p.key.kind === 'scalar' && String(p.key.value) === String(step));
      if (!pair) return undefined;
      node = pair.value;
    } else if (node.kind === 'seq') {
      pair = undefined;
      node = node.items[Number(step)] ?? null;
    } else return undefined;
  }
  return node ? { node, ...(pair ? { pair } : {}) } : undefined;
}

/**
 * Where to point for a path: the key of a mapping entry (as in `rules:\n  id: bad`, where
 * the key is what a reader scans for), the item of a list, or the deepest ancestor found.
 */
export function locate(root: YNode | null, path: (string | number)[]): Range | undefined {
  for (let n = path.length; n >= 0; n--) {
    const found = locateNode(root, path.slice(0, n));
    if (found) return found.pair && n > 0 ? found.pair.key.range : found.node.range;
  }
  return undefined;
}

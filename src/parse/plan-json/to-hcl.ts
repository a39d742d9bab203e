// Planned values as the HCL tree the Terraform model is built from, so the rules run on a
// plan exactly as on configuration: each resource instance becomes a `resource "type"
// "name"` block whose attributes are literal expressions positioned on the JSON values.
//
// Strings are literals (a plan holds values, not templates). Nested blocks stay list-of-
// object attributes, as in `.tf.json` (the model offers them as blocks). A value unknown
// until apply (`after_unknown`) becomes an expression evaluating to UNKNOWN, positioned on
// its `after_unknown` entry, when the configuration sets that argument; one the
// configuration leaves unset is the provider's default, computed after apply, and is left
// out exactly as an absent argument is in a `.tf` file.

import { endOffset, SourceFile, type Range } from '../source.js';
import type { Attribute, Block, Body, Expr, ObjectConsItem } from '../hcl/ast.js';
import type { JsonMember, JsonValue } from '../hcl/json-scanner.js';
import { Parser } from '../hcl/parser.js';
import { member, type JsonObject, type PlannedResource, type PlanProviderConfig } from './document.js';

/** The root of the expression standing for an unknown value: not a reference, and UNKNOWN in the plan's scope. */
export const UNKNOWN_ROOT = 'self';

/** What the configuration says about a value: `true` when it sets it from something (expressions walked in parallel). */
type ConfigShape = JsonValue | undefined;

export function resourceBlock(file: SourceFile, r: PlannedResource): Block {
  const range = file.span(r.object.start, r.object.end);
  const expressions = member(r.config, 'expressions');
  const body = r.values
    ? objectBody(file, r.values, r.afterUnknown, r.config ? (expressions ?? EMPTY) : undefined, eachValue(r))
    : { kind: 'Body' as const, attributes: [], blocks: [], range };
  return {
    kind: 'Block',
    type: r.mode === 'data' ? 'data' : 'resource',
    typeRange: range,
    // The resource's object is its header: findings on the resource point at it.
    labels: [
      { value: r.type, range },
      { value: r.name, range },
    ],
    body,
    openBraceRange: file.span(r.object.start, r.object.start + 1),
    closeBraceRange: file.span(r.object.end - 1, r.object.end),
    range,
  };
}

/** A `provider "name" { alias = ..., region = ... }` block from `configuration.provider_config`. */
export function providerBlock(file: SourceFile, p: PlanProviderConfig, variables: Map<string, JsonValue>): Block {
  const range = file.span(p.object.start, p.object.end);
  const attributes: Attribute[] = [];
  if (p.alias) {
    const key = memberOf(p.object, 'alias')!;
    attributes.push(attribute(file, key, literal(file, p.alias.node)));
  }
  for (const m of p.expressions?.members ?? []) {
    if (m.key === 'alias') continue;
    attributes.push(attribute(file, m, configExpression(file, m.value, variables)));
  }
  return {
    kind: 'Block',
    type: 'provider',
    typeRange: range,
    labels: [{ value: p.name, range }],
    body: { kind: 'Body', attributes, blocks: [], range },
    openBraceRange: file.span(p.object.start, p.object.start + 1),
    closeBraceRange: file.span(p.object.end - 1, p.object.end),
    range,
  };
}

const EMPTY: JsonObject = { kind: 'object', members: [], start: 0, end: 0 };

function memberOf(obj: JsonObject, key: string): JsonMember | undefined {
  let found: JsonMember | undefined;
  for (const m of obj.members) if (m.key === key) found = m;
  return found;
}

function attribute(file: SourceFile, m: JsonMember, expr: Expr): Attribute {
  return {
    kind: 'Attribute',
    name: m.key,
    nameRange: file.span(m.keyStart, m.keyEnd),
    expr,
    range: file.span(m.keyStart, Math.max(m.keyEnd, endOffset(expr.range))),
  };
}

function objectBody(
  file: SourceFile,
  values: JsonObject,
  unknown: JsonValue | undefined,
  config: ConfigShape,
  each?: string,
): Body {
  const attributes: Attribute[] = [];
  const seen = new Set<string>();
  for (const m of values.members) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    attributes.push(attribute(file, m, valueExpr(file, m.value, member(unknown, m.key), member(config, m.key), each)));
  }
  for (const m of unknown?.kind === 'object' ? unknown.members : []) {
    if (seen.has(m.key) || !isUnknownMark(m.value) || !configSets(config, m.key)) continue;
    seen.add(m.key);
    attributes.push(attribute(file, m, unknownExpr(file, m.value, member(config, m.key), each)));
  }
  return { kind: 'Body', attributes, blocks: [], range: file.span(values.start, values.end) };
}

function isUnknownMark(v: JsonValue): boolean {
  return v.kind === 'bool' && v.value;
}

/** Without a configuration section nothing says a value is a default: every unknown is kept. */
function configSets(config: ConfigShape, key: string): boolean {
  return config === undefined || member(config, key) !== undefined;
}

function valueExpr(
  file: SourceFile,
  v: JsonValue,
  unknown: JsonValue | undefined,
  config: ConfigShape,
  each?: string,
): Expr {
  const range = file.span(v.start, v.end);
  if (v.kind === 'array') {
    const items = v.items.map((item, i) => {
      const u = unknown?.kind === 'array' ? unknown.items[i] : undefined;
      // Nested blocks repeat in the configuration: `[{...}]` per block, walked element by element.
      const c = config?.kind === 'array' ? (config.items[i] ?? config.items[0]) : undefined;
      return valueExpr(file, item, u, c, each);
    });
    return { kind: 'TupleCons', items, range };
  }
  if (v.kind === 'object') {
    const body = objectBody(
      file,
      v,
      unknown,
      config?.kind === 'object' && !isExpression(config) ? config : undefined,
      each,
    );
    const items: ObjectConsItem[] = body.attributes.map((a) => ({
      key: { kind: 'LiteralValue', value: a.name, range: a.nameRange },
      value: a.expr,
      range: a.range,
    }));
    return { kind: 'ObjectCons', items, range };
  }
  return literal(file, v);
}

/** A configuration expression object: `{"constant_value": ...}` or `{"references": [...]}`. */
function isExpression(c: JsonObject): boolean {
  return c.members.some((m) => m.key === 'constant_value' || m.key === 'references');
}

function literal(file: SourceFile, v: JsonValue): Expr {
  const range = file.span(v.start, v.end);
  switch (v.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return { kind: 'LiteralValue', value: v.value, range };
    case 'null':
      return { kind: 'LiteralValue', value: null, range };
    default:
      return valueExpr(file, v, undefined, undefined);
  }
}

/**
 * An unknown value. When the configuration computes it from other resources, the
 * expression is the first such reference (`aws_s3_bucket.b.id`), which is UNKNOWN in the
 * plan's scope and lets the model relate the two resources as it does in `.tf` files.
 */
function unknownExpr(file: SourceFile, mark: JsonValue, config: ConfigShape, each?: string): Expr {
  const range = file.span(mark.start, mark.end);
  const ref = objectReference(config, each);
  if (ref !== undefined) {
    const { expr, diagnostics } = new Parser(new SourceFile(file.path, ref)).parseStandaloneExpression();
    if (diagnostics.length === 0 && expr.kind === 'ScopeTraversal') return placeAt(expr, range) as Expr;
  }
  return { kind: 'ScopeTraversal', root: UNKNOWN_ROOT, rootRange: range, traversal: [], range };
}

const NOT_OBJECTS = /^(var|local|count|each|path|terraform|self)\./;

function objectReference(config: ConfigShape, each: string | undefined): string | undefined {
  const refs = member(config, 'references');
  if (refs?.kind !== 'array') return undefined;
  for (const r of refs.items) {
    if (r.kind !== 'string') continue;
    if (!NOT_OBJECTS.test(r.value)) return r.value;
    // `each.value.id` with `for_each = aws_s3_bucket.data`: `aws_s3_bucket.data["key"].id`.
    if (each && /^each\.value(\.|$)/.test(r.value)) return each + r.value.slice('each.value'.length);
  }
  return undefined;
}

/** What `each.value` is for an instance whose for_each is another resource or module: that object's instance. */
function eachValue(r: PlannedResource): string | undefined {
  const refs = member(member(r.config, 'for_each_expression'), 'references');
  if (typeof r.index !== 'string' || refs?.kind !== 'array') return undefined;
  // The references list the whole object too (`aws_s3_bucket.data`); the shortest names it.
  const objects = refs.items.flatMap((x) => (x.kind === 'string' && !NOT_OBJECTS.test(x.value) ? [x.value] : []));
  if (objects.length === 0 || objects.length !== refs.items.length) return undefined;
  const object = objects.reduce((x, y) => (y.length < x.length ? y : x));
  return `${object}[${JSON.stringify(r.index)}]`;
}

/** A provider argument: its constant, a root variable's value, or unknown. */
function configExpression(file: SourceFile, expr: JsonValue, variables: Map<string, JsonValue>): Expr {
  const constant = member(expr, 'constant_value');
  if (constant) return literal(file, constant);
  const refs = member(expr, 'references');
  const only = refs?.kind === 'array' && refs.items.length === 1 ? refs.items[0] : undefined;
  const variable =
    only?.kind === 'string' && /^var\.[A-Za-z0-9_-]+$/.test(only.value)
      ? variables.get(only.value.slice(4))
      : undefined;
  if (variable && only) {
    // The value is the variable's, shown where the configuration names it.
    const v = literal(file, variable);
    return v.kind === 'LiteralValue' ? { ...v, range: file.span(only.start, only.end) } : v;
  }
  const range = file.span(expr.start, expr.end);
  return { kind: 'ScopeTraversal', root: UNKNOWN_ROOT, rootRange: range, traversal: [], range };
}

function isRange(v: unknown): v is Range {
  const r = v as { start?: { offset?: unknown }; end?: { offset?: unknown } } | null;
  return (
    typeof r === 'object' && r !== null && typeof r.start?.offset === 'number' && typeof r.end?.offset === 'number'
  );
}

/** Every range in a tree parsed from a reference string becomes `range` (the unknown value's place). */
function placeAt(node: unknown, range: Range): unknown {
  if (Array.isArray(node)) return node.map((n) => placeAt(n, range));
  if (typeof node !== 'object' || node === null) return node;
  if (isRange(node)) return range;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = placeAt(v, range);
  return out;
}

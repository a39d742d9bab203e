// IAM policy documents as statements with source positions, from the three ways
// Terraform writes them: `jsonencode({...})`, JSON in a heredoc or string, and
// `data "aws_iam_policy_document"` (followed through references, including its
// source_policy_documents / override_policy_documents).

import type { Expr, ObjectConsExpr } from '../../../src/parse/hcl/ast.js';
import type { Range, SourceFile } from '../../../src/parse/source.js';
import { evaluate, type Scope } from '../../../src/model/terraform/evaluate.js';
import type { TfAttribute, TfBlock, TfModuleCall, TfResource, TfStack } from '../../../src/model/terraform/types.js';
import { UNKNOWN, asString, isObject, isUnknown, type Value } from '../../../src/model/terraform/value.js';

export interface PolicyCondition {
  operator: string;
  key: string;
  values: Value;
}

export interface PolicyStatement {
  sid?: string;
  /** `Allow`, `Deny`, or UNKNOWN. */
  effect: Value;
  /** Who the statement names: everyone (`*`), specific principals, or not knowable. */
  principal: 'everyone' | 'specific' | 'unknown';
  /** `NotPrincipal` (with Allow: everyone except the listed principals). */
  notPrincipal: boolean;
  /** UNKNOWN when the condition block itself is not knowable. */
  conditions: PolicyCondition[] | typeof UNKNOWN;
  /** Where to point a finding: the principal when it can be located, else the statement or the attribute. */
  file: SourceFile;
  range: Range;
}

/** Condition keys whose fixed values limit a statement to an account, organisation, network or source (AWS's "non-public" keys). */
const RESTRICTING_KEYS = new Set(
  [
    'aws:SourceIp',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:SourceArn',
    'aws:SourceAccount',
    'aws:SourceOwner',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:userid',
    's3:DataAccessPointArn',
    's3:DataAccessPointAccount',
  ].map((k) => k.toLowerCase()),
);
/** Operators that match fixed values; negated and `...IfExists` forms restrict nothing. */
const MATCHING_OPERATORS = new Set([
  'stringequals',
  'stringequalsignorecase',
  'stringlike',
  'arnequals',
  'arnlike',
  'ipaddress',
]);

function restricts(c: PolicyCondition): boolean {
  const op = c.operator.replace(/^for(any|all)value:/i, '').toLowerCase();
  if (!MATCHING_OPERATORS.has(op) || !RESTRICTING_KEYS.has(c.key.toLowerCase())) return false;
  const values = Array.isArray(c.values) ? c.values : [c.values];
  if (values.length === 0) return false;
  // A value only known after apply is a real id or ARN, not a wildcard.
  return values.every((v) => isUnknown(v) || (typeof v === 'string' && !['*', '0.0.0.0/0', '::/0'].includes(v.trim())));
}

/** An Allow statement that lets anyone (`*`, `{"AWS": "*"}`, or NotPrincipal) in, with no condition narrowing who. */
export function isPublicStatement(s: PolicyStatement): boolean {
  if (s.effect !== 'Allow') return false;
  if (s.principal !== 'everyone' && !s.notPrincipal) return false;
  if (s.conditions === UNKNOWN) return false;
  return !(s.conditions as PolicyCondition[]).some(restricts);
}

/** Statements of the policy an attribute (`policy`) holds. */
export function policyStatements(
  stack: TfStack,
  attr: TfAttribute,
  owner: TfResource | TfModuleCall,
): PolicyStatement[] {
  const docs = stack.referenced(attr, owner).filter(isPolicyDocument);
  if (docs.length > 0) return docs.flatMap((d) => documentStatements(stack, d, new Set()));
  return jsonAttributeStatements(attr);
}

function isPolicyDocument(r: TfResource): boolean {
  return r.mode === 'data' && r.resourceType === 'aws_iam_policy_document';
}

// ---------------------------------------------------------------- aws_iam_policy_document

function documentStatements(stack: TfStack, doc: TfResource, seen: Set<TfResource>): PolicyStatement[] {
  if (seen.has(doc)) return [];
  seen.add(doc);
  const included = (name: string): PolicyStatement[] => {
    const attr = doc.attr(name);
    if (!attr) return [];
    const refs = stack.referenced(attr, doc).filter(isPolicyDocument);
    if (refs.length > 0) return refs.flatMap((d) => documentStatements(stack, d, seen));
    return jsonAttributeStatements(attr);
  };
  // Later documents replace statements with the same sid, as the data source does.
  let statements = [...included('source_policy_documents'), ...included('source_json')];
  statements = mergeBySid(statements, doc.blocks('statement').map(blockStatement));
  statements = mergeBySid(statements, [...included('override_policy_documents'), ...included('override_json')]);
  return statements;
}

function mergeBySid(base: PolicyStatement[], over: PolicyStatement[]): PolicyStatement[] {
  const sids = new Set(over.map((s) => s.sid).filter((s) => s));
  return [...base.filter((s) => !s.sid || !sids.has(s.sid)), ...over];
}

function blockStatement(st: TfBlock): PolicyStatement {
  const effect = st.value('effect');
  const principals = st.blocks('principals');
  const notPrincipals = st.blocks('not_principals');
  let principal: PolicyStatement['principal'] = 'specific';
  let anchor: TfAttribute | undefined;
  for (const p of principals) {
    const kind = principalsBlockKind(p);
    if (kind === 'everyone') {
      principal = 'everyone';
      anchor = p.attr('identifiers') ?? p.attr('type');
      break;
    }
    if (kind === 'unknown') principal = 'unknown';
  }
  const notPrincipal = notPrincipals.length > 0;
  if (notPrincipal && !anchor) anchor = notPrincipals[0].attr('identifiers');
  const conditions: PolicyCondition[] = [];
  let unknownCondition = false;
  for (const c of st.blocks('condition')) {
    const operator = c.value('test');
    const key = c.value('variable');
    if (typeof operator !== 'string' || typeof key !== 'string') unknownCondition = true;
    else conditions.push({ operator, key, values: c.value('values') ?? UNKNOWN });
  }
  return {
    sid: asString(st.value('sid')),
    effect: effect === undefined || effect === null ? 'Allow' : effect,
    principal,
    notPrincipal,
    conditions: unknownCondition ? UNKNOWN : conditions,
    file: anchor ? anchor.file : st.file,
    range: anchor ? anchor.range : st.headerRange,
  };
}

function principalsBlockKind(p: TfBlock): PolicyStatement['principal'] {
  const type = p.value('type');
  const ids = p.value('identifiers');
  if (isUnknown(type) || type === undefined) return 'unknown';
  const list = Array.isArray(ids) ? ids : [ids];
  if (type === '*') return 'everyone';
  if (type !== 'AWS') return 'specific';
  if (list.includes('*')) return 'everyone';
  return list.some(isUnknown) || isUnknown(ids) ? 'unknown' : 'specific';
}

// ---------------------------------------------------------------- JSON documents

/** Names resolve to UNKNOWN: the literal structure of an expression, nothing more. */
const UNKNOWN_SCOPE: Scope = { lookup: () => UNKNOWN };
const HOLE = '\u0000arch-lint-unknown\u0000';

/** A JSON policy written in an attribute, with statements placed on their source where possible. */
function jsonAttributeStatements(attr: TfAttribute): PolicyStatement[] {
  const docs = Array.isArray(attr.value) ? attr.value : [documentValue(attr)];
  const statements: PolicyStatement[] = [];
  for (const doc of docs) {
    const parsed = typeof doc === 'string' ? parseJson(doc) : doc;
    if (!isObject(parsed)) continue;
    const raw = parsed.Statement;
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    const anchors = docs.length === 1 ? statementAnchors(attr, list.length) : [];
    list.forEach((s, i) => {
      if (isObject(s)) statements.push(jsonStatement(s, attr.file, anchors[i] ?? attr.range));
    });
  }
  return statements;
}

/**
 * The document's value: the evaluated attribute when fully known, else the expression
 * read with every reference unknown (an ARN interpolated into `Resource` must not hide
 * a literal `"Principal": "*"`).
 */
function documentValue(attr: TfAttribute): Value {
  if (typeof attr.value === 'string' || isObject(attr.value)) return attr.value;
  const expr = unwrap(attr.node.expr);
  if (expr.kind === 'FunctionCall' && expr.name === 'jsonencode' && expr.args.length === 1)
    return evaluate(expr.args[0], UNKNOWN_SCOPE);
  if (expr.kind === 'Template') {
    const text = expr.parts
      .map((p) => {
        if (p.kind === 'TemplateLiteral') return p.value;
        const v = evaluate(p, UNKNOWN_SCOPE);
        return typeof v === 'string' ? v : HOLE;
      })
      .join('');
    return parseJson(text);
  }
  return UNKNOWN;
}

function unwrap(e: Expr): Expr {
  while (e.kind === 'Parentheses' || e.kind === 'TemplateWrap') e = e.kind === 'Parentheses' ? e.expr : e.wrapped;
  return e;
}

function parseJson(text: string): Value {
  try {
    return fromJson(JSON.parse(text) as unknown);
  } catch {
    return UNKNOWN;
  }
}

function fromJson(v: unknown): Value {
  if (typeof v === 'string') return v.includes(HOLE) ? UNKNOWN : v;
  if (Array.isArray(v)) return v.map(fromJson);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromJson(x)]));
  return v as Value;
}

function jsonStatement(s: Record<string, Value>, file: SourceFile, range: Range): PolicyStatement {
  return {
    sid: asString(s.Sid),
    effect: s.Effect ?? null,
    principal: s.Principal === undefined ? 'specific' : jsonPrincipalKind(s.Principal),
    notPrincipal: s.NotPrincipal !== undefined,
    conditions: jsonConditions(s.Condition),
    file,
    range,
  };
}

function jsonPrincipalKind(p: Value): PolicyStatement['principal'] {
  if (p === '*') return 'everyone';
  if (p === UNKNOWN) return 'unknown';
  if (!isObject(p)) return 'specific';
  const aws = p.AWS;
  const list = Array.isArray(aws) ? aws : aws === undefined ? [] : [aws];
  if (list.includes('*')) return 'everyone';
  return Object.values(p).some((v) => v === UNKNOWN || (Array.isArray(v) && v.includes(UNKNOWN)))
    ? 'unknown'
    : 'specific';
}

function jsonConditions(c: Value | undefined): PolicyCondition[] | typeof UNKNOWN {
  if (c === undefined || c === null) return [];
  if (!isObject(c)) return UNKNOWN;
  const out: PolicyCondition[] = [];
  for (const [operator, body] of Object.entries(c)) {
    if (!isObject(body)) return UNKNOWN;
    for (const [key, values] of Object.entries(body)) out.push({ operator, key, values });
  }
  return out;
}

// ---------------------------------------------------------------- positions

/** Per statement, the range of its principal (or the statement) in the source; [] when they cannot be aligned. */
function statementAnchors(attr: TfAttribute, count: number): (Range | undefined)[] {
  const expr = unwrap(attr.node.expr);
  if (expr.kind === 'FunctionCall' && expr.name === 'jsonencode' && expr.args.length === 1) {
    const doc = unwrap(expr.args[0]);
    if (doc.kind !== 'ObjectCons') return [];
    const st = item(doc, 'Statement');
    if (!st) return [];
    const value = unwrap(st.value);
    const objects = value.kind === 'TupleCons' ? value.items.map(unwrap) : [value];
    if (objects.length !== count) return [];
    return objects.map((o) =>
      o.kind === 'ObjectCons' ? (item(o, 'Principal') ?? item(o, 'NotPrincipal') ?? o).range : o.range,
    );
  }
  if (expr.kind === 'Template' || (expr.kind === 'LiteralValue' && typeof expr.value === 'string'))
    return jsonTextAnchors(attr, count);
  return [];
}

function item(obj: ObjectConsExpr, name: string) {
  return obj.items.find((i) => objectKey(i.key, i.bareKey) === name);
}

function objectKey(key: Expr, bare: string | undefined): string | undefined {
  if (bare !== undefined) return bare;
  const k = unwrap(key);
  if (k.kind === 'LiteralValue' && typeof k.value === 'string') return k.value;
  if (k.kind === 'Template' && k.parts.length === 1 && k.parts[0].kind === 'TemplateLiteral') return k.parts[0].value;
  return undefined;
}

/**
 * JSON text in the source (heredoc or string): the n-th `"Principal"` key belongs to the
 * n-th statement that has one. Only used when every statement has exactly one.
 */
function jsonTextAnchors(attr: TfAttribute, count: number): (Range | undefined)[] {
  const { file, valueRange } = attr;
  const text = file.text.slice(valueRange.start.offset, valueRange.end.offset);
  const keys = [...text.matchAll(/\\?"(?:Not)?Principal\\?"/g)];
  if (keys.length !== count) return [];
  return keys.map((m) => {
    const start = valueRange.start.offset + m.index;
    return file.range(start, start + m[0].length);
  });
}

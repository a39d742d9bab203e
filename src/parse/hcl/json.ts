// Terraform's JSON syntax (`.tf.json`, `.tfvars.json`) converted into the same tree
// as native HCL, with positions from json-scanner.ts.
//
// JSON alone cannot say whether an object is a nested block or an attribute holding
// an object value: Terraform decides with the provider schema, which a linter does not
// have. We follow the fixed structure Terraform itself defines (top-level block types
// and their labels, `terraform { backend "x" {} required_providers {} }`, and the
// meta-blocks of resources: `lifecycle`, `provisioner`, `connection`, `dynamic` with
// its `content`) and treat every other object value as an attribute whose expression
// is an ObjectCons. Rules reading a nested block such as `versioning {}` in a
// `.tf.json` therefore see an attribute `versioning = { ... }`.
//
// Strings inside values are templates: `${...}` and `%{...}` are parsed with the
// native parser, and every range inside them maps back into the JSON string. The
// meta-arguments Terraform reads as bare references or types instead (`depends_on`,
// `provider`, a module's `providers`, lifecycle `ignore_changes` and
// `replace_triggered_by`, a variable's `type`, `moved`/`import`/`removed` addresses)
// have their strings parsed as expressions, so `"depends_on": ["aws_s3_bucket.b"]`
// gives the same tree as native syntax.
// Keys named "//" in a body are comments and ignored. A `.tfvars.json` file is a
// body of attributes only.

import { endOffset, SourceFile, startOffset, type Range } from '../source.js';
import type { Attribute, Block, BlockLabel, Body, Diagnostic, Expr, HclFile, ObjectConsItem } from './ast.js';
import { decodeJsonString, scanJson, type JsonMember, type JsonValue } from './json-scanner.js';
import { Parser } from './parser.js';

/**
 * A nested-block type: how many labels it has, which of its keys are blocks too, and
 * which of its arguments Terraform reads as references or types (`refs`).
 */
interface BlockSpec {
  labels: number;
  blocks: BodySpec;
  refs?: ReadonlySet<string>;
}
type BodySpec = Record<string, BlockSpec>;

const leaf = (labels: number, refs?: string[]): BlockSpec => ({ labels, blocks: {}, refs: refs && new Set(refs) });
const CONDITIONS: BodySpec = { precondition: leaf(0), postcondition: leaf(0) };
const LIFECYCLE: BlockSpec = {
  labels: 0,
  blocks: CONDITIONS,
  refs: new Set(['ignore_changes', 'replace_triggered_by']),
};
const CONNECTION = leaf(0);
const PROVISIONER: BlockSpec = { labels: 1, blocks: { connection: CONNECTION } };
const DYNAMIC: BlockSpec = { labels: 1, blocks: {} };
/** `content` of a dynamic block may itself hold dynamic blocks. */
const DYNAMIC_CONTENT: BlockSpec = { labels: 0, blocks: { dynamic: DYNAMIC } };
DYNAMIC.blocks.content = DYNAMIC_CONTENT;
const RESOURCE_BODY: BodySpec = {
  lifecycle: LIFECYCLE,
  provisioner: PROVISIONER,
  connection: CONNECTION,
  dynamic: DYNAMIC,
};
const RESOURCE_REFS = new Set(['depends_on', 'provider']);

/** Terraform's top-level block types (configuration files). */
const CONFIG: BodySpec = {
  resource: { labels: 2, blocks: RESOURCE_BODY, refs: RESOURCE_REFS },
  data: { labels: 2, blocks: { lifecycle: LIFECYCLE, dynamic: DYNAMIC }, refs: RESOURCE_REFS },
  ephemeral: { labels: 2, blocks: { lifecycle: LIFECYCLE, dynamic: DYNAMIC }, refs: RESOURCE_REFS },
  module: leaf(1, ['depends_on', 'providers']),
  provider: { labels: 1, blocks: { dynamic: DYNAMIC } },
  variable: { labels: 1, blocks: { validation: leaf(0) }, refs: new Set(['type']) },
  output: { labels: 1, blocks: CONDITIONS, refs: new Set(['depends_on']) },
  locals: leaf(0),
  terraform: {
    labels: 0,
    blocks: {
      backend: leaf(1),
      required_providers: leaf(0),
      cloud: { labels: 0, blocks: { workspaces: leaf(0) } },
      provider_meta: leaf(1),
    },
  },
  moved: leaf(0, ['from', 'to']),
  import: leaf(0, ['to', 'provider']),
  removed: {
    labels: 0,
    blocks: { lifecycle: LIFECYCLE, provisioner: PROVISIONER, connection: CONNECTION },
    refs: new Set(['from']),
  },
  check: { labels: 1, blocks: { data: { labels: 2, blocks: {}, refs: RESOURCE_REFS }, assert: leaf(0) } },
};

export function parseTfJson(file: SourceFile): HclFile {
  return new JsonConverter(file).run();
}

class JsonConverter {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly text: string;
  /** Where the scan stopped on a syntax error: containers left open end there. */
  private errorAt: number;

  constructor(private readonly file: SourceFile) {
    this.text = file.text;
    this.errorAt = file.text.length;
  }

  run(): HclFile {
    const { root, error } = scanJson(this.text);
    if (error) {
      this.errorAt = error.start;
      this.diagnostics.push({
        severity: 'error',
        message: error.message,
        range: this.file.range(error.start, error.end),
      });
    }
    const vars = /\.tfvars\.json$/i.test(this.file.path);
    let body: Body;
    if (root && root.kind === 'object') {
      body = this.body(root, vars ? {} : CONFIG);
    } else {
      if (root && !error)
        this.error('a Terraform JSON file must hold an object at the top level', root.start, root.end);
      body = { kind: 'Body', attributes: [], blocks: [], range: this.r(0, 0) };
    }
    body.range = this.r(0, this.text.length);
    this.diagnostics.sort((a, b) => startOffset(a.range) - startOffset(b.range));
    return { body, diagnostics: this.diagnostics, comments: [] };
  }

  private r(start: number, end: number): Range {
    return this.file.span(start, end);
  }

  private end(v: JsonValue): number {
    return v.end > v.start ? v.end : Math.max(this.errorAt, v.start);
  }

  private error(message: string, start: number, end: number): void {
    this.diagnostics.push({ severity: 'error', message, range: this.file.range(start, end) });
  }

  private body(obj: Extract<JsonValue, { kind: 'object' }>, spec: BodySpec, refs?: ReadonlySet<string>): Body {
    const attributes: Attribute[] = [];
    const blocks: Block[] = [];
    for (const m of obj.members) {
      if (m.key === '//') continue;
      const blockSpec = Object.hasOwn(spec, m.key) ? spec[m.key] : undefined;
      if (blockSpec) {
        this.blocks(m, blockSpec, [], m.value, blocks);
        continue;
      }
      const expr = refs?.has(m.key) ? this.referenceExpr(m.value) : this.expr(m.value);
      attributes.push({
        kind: 'Attribute',
        name: m.key,
        nameRange: this.r(m.keyStart, m.keyEnd),
        expr,
        range: this.r(m.keyStart, endOffset(expr.range)),
      });
    }
    return { kind: 'Body', attributes, blocks, range: this.r(obj.start, this.end(obj)) };
  }

  /** Expands `value` into blocks of type `typeMember.key`, consuming `spec.labels - labels.length` label levels. */
  private blocks(typeMember: JsonMember, spec: BlockSpec, labels: BlockLabel[], value: JsonValue, out: Block[]): void {
    if (value.kind === 'array') {
      // An array of objects repeats the block (or the label level) once per element.
      for (const item of value.items) this.blocks(typeMember, spec, labels, item, out);
      return;
    }
    if (value.kind !== 'object') {
      const want = labels.length < spec.labels ? 'an object keyed by block label' : 'an object (the block body)';
      this.error(
        `"${typeMember.key}" must be ${want} in Terraform JSON, found ${value.kind}`,
        value.start,
        this.end(value),
      );
      return;
    }
    if (labels.length < spec.labels) {
      for (const m of value.members) {
        if (m.key === '//') continue;
        const label: BlockLabel = { value: m.key, range: this.r(m.keyStart, m.keyEnd) };
        this.blocks(typeMember, spec, [...labels, label], m.value, out);
      }
      return;
    }
    const body = this.body(value, spec.blocks, spec.refs);
    const end = this.end(value);
    out.push({
      kind: 'Block',
      type: typeMember.key,
      typeRange: this.r(typeMember.keyStart, typeMember.keyEnd),
      labels,
      body,
      openBraceRange: this.r(value.start, value.start + 1),
      closeBraceRange: this.r(Math.max(value.start, end - 1), end),
      range: this.r(typeMember.keyStart, end),
    });
  }

  private expr(v: JsonValue): Expr {
    const range = this.r(v.start, this.end(v));
    switch (v.kind) {
      case 'string':
        return this.template(v.start, v.end, v.value);
      case 'number':
      case 'bool':
        return { kind: 'LiteralValue', value: v.value, range };
      case 'null':
        return { kind: 'LiteralValue', value: null, range };
      case 'array':
        return { kind: 'TupleCons', items: v.items.map((i) => this.expr(i)), range };
      case 'object': {
        const items: ObjectConsItem[] = v.members.map((m) => {
          const key = this.template(m.keyStart, m.keyEnd, m.key);
          const value = this.expr(m.value);
          return { key, value, range: this.r(m.keyStart, endOffset(value.range)) };
        });
        return { kind: 'ObjectCons', items, range };
      }
    }
  }

  /** Like `expr`, but strings (also inside arrays and object values) are native expressions. */
  private referenceExpr(v: JsonValue): Expr {
    switch (v.kind) {
      case 'string':
        return this.nativeExpression(v.start, v.end, v.value);
      case 'array':
        return {
          kind: 'TupleCons',
          items: v.items.map((i) => this.referenceExpr(i)),
          range: this.r(v.start, this.end(v)),
        };
      case 'object': {
        const items: ObjectConsItem[] = v.members.map((m) => {
          const key: Expr = { kind: 'LiteralValue', value: m.key, range: this.r(m.keyStart, m.keyEnd) };
          const value = this.referenceExpr(m.value);
          return { key, value, range: this.r(m.keyStart, endOffset(value.range)) };
        });
        return { kind: 'ObjectCons', items, range: this.r(v.start, this.end(v)) };
      }
      default:
        return this.expr(v);
    }
  }

  private nativeExpression(start: number, end: number, value: string): Expr {
    const { map } = decodeJsonString(this.text, start, end);
    const { expr, diagnostics } = new Parser(new SourceFile(this.file.path, value)).parseStandaloneExpression();
    for (const d of diagnostics) this.diagnostics.push(remapRanges(d, map, this.file) as Diagnostic);
    return remapRanges(expr, map, this.file) as Expr;
  }

  /** A JSON string as an HCL template; positions map back into the JSON source. */
  private template(start: number, end: number, value: string): Expr {
    const range = this.r(start, end);
    if (!value.includes('${') && !value.includes('%{')) return { kind: 'LiteralValue', value, range };
    const { map } = decodeJsonString(this.text, start, end);
    const inner = new SourceFile(this.file.path, value);
    const { expr, diagnostics } = new Parser(inner).parseStandaloneTemplate(0, value.length);
    const mapped = remapRanges(expr, map, this.file) as Expr;
    mapped.range = range;
    for (const d of diagnostics) this.diagnostics.push(remapRanges(d, map, this.file) as Diagnostic);
    return mapped;
  }
}

function isRange(v: unknown): v is Range {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as { start?: { offset?: unknown }; end?: { offset?: unknown } };
  return typeof r.start?.offset === 'number' && typeof r.end?.offset === 'number';
}

/** Replaces every range in a tree parsed from decoded string text with the range of its JSON source. */
function remapRanges(node: unknown, map: number[], file: SourceFile): unknown {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = remapRanges(node[i], map, file);
    return node;
  }
  if (typeof node !== 'object' || node === null) return node;
  if (isRange(node)) {
    const at = (o: number) => map[Math.max(0, Math.min(o, map.length - 1))];
    return file.span(at(startOffset(node)), at(endOffset(node)));
  }
  const obj = node as Record<string, unknown>;
  for (const k of Object.keys(obj)) obj[k] = remapRanges(obj[k], map, file);
  return node;
}

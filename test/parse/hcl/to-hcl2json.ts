// Renders our HCL tree in the JSON shape @cdktf/hcl2json produces, so the two
// parsers can be compared on whole files. This mirrors hcl2json's convert.go:
// - a body is an object; attributes map to their converted expression;
// - a block nests under its type and then each label, ending in an array of bodies;
// - literals become JSON values, tuples arrays, objects objects; a unary operator on
//   a literal is evaluated; templates keep their literal text with interpolations
//   rendered as `${<source>}` and directives as `%{if <source>}`/`%{for ...}`;
// - any other expression becomes `${<source text>}`.
// cdktf's build of hcl2json re-escapes literal text (`${` -> `$${`, `%{` -> `%%{`)
// so its output stays a valid Terraform JSON template; we do the same.

import type { SourceFile } from '../../../src/parse/source.js';
import type { Body, Expr, HclFile, TemplatePart } from '../../../src/parse/hcl/ast.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * `fromJson`: the tree came from a .tf.json file, where expression source text sits
 * inside JSON strings still JSON-escaped (`upper(\"x\")`); it is decoded so it reads
 * like the same expression written in native syntax.
 */
export function toHcl2Json(file: SourceFile, hcl: HclFile, fromJson = false): Json {
  return new Converter(file, fromJson).body(hcl.body);
}

class Converter {
  constructor(
    private readonly file: SourceFile,
    private readonly fromJson: boolean,
  ) {}

  body(body: Body): { [k: string]: Json } {
    const out: { [k: string]: Json } = {};
    for (const a of body.attributes) out[a.name] = this.expr(a.expr);
    for (const b of body.blocks) {
      let target = out;
      let key = b.type;
      for (const label of b.labels) {
        const inner = target[key];
        if (inner === undefined) target[key] = {};
        target = target[key] as { [k: string]: Json };
        key = label.value;
      }
      const list = (target[key] ??= []) as Json[];
      list.push(this.body(b.body));
    }
    return out;
  }

  /**
   * hcl2json's rangeSource: the source of a range, plus a `)` that directly follows it
   * (a workaround in hcl2json for old HCL ranges that stopped before a closing paren).
   */
  private source(e: { range: Expr['range'] }): string {
    let end = e.range.end.offset;
    if (this.file.text[end] === ')') end++;
    const text = this.file.text.slice(e.range.start.offset, end);
    return this.fromJson ? (JSON.parse(`"${text}"`) as string) : text;
  }

  private wrap(e: Expr): string {
    return '${' + this.source(e) + '}';
  }

  expr(e: Expr): Json {
    switch (e.kind) {
      case 'LiteralValue':
        if (typeof e.value === 'string') return escapeLiteral(e.value);
        // cty numbers that JSON cannot hold (overflow to infinity) print as null.
        if (typeof e.value === 'number' && !Number.isFinite(e.value)) return null;
        return e.value;
      case 'UnaryOp':
        if (e.operand.kind !== 'LiteralValue') return this.wrap(e);
        if (e.op === '-' && typeof e.operand.value === 'number') return -e.operand.value;
        if (e.op === '!' && typeof e.operand.value === 'boolean') return !e.operand.value;
        return this.wrap(e);
      case 'Template':
        return this.template(e.parts);
      case 'TemplateWrap':
        return this.expr(e.wrapped);
      case 'TupleCons':
        return e.items.map((i) => this.expr(i));
      case 'ObjectCons': {
        const out: { [k: string]: Json } = {};
        for (const item of e.items) {
          const key = item.bareKey ?? this.key(item.key);
          out[key] = this.expr(item.value);
        }
        return out;
      }
      default:
        return this.wrap(e);
    }
  }

  private key(k: Expr): string {
    // A traversal key (`a.b = 1`) is its source text; anything else is a string part.
    if (k.kind === 'ScopeTraversal') return this.source(k);
    return this.part(k);
  }

  private template(parts: TemplatePart[]): string {
    return parts.map((p) => this.part(p)).join('');
  }

  private directiveIf(cond: Expr, t: string, f: string): string {
    return '%{if ' + this.source(cond) + '}' + t + (f.length > 0 ? '%{else}' + f : '') + '%{endif}';
  }

  private part(p: TemplatePart): string {
    switch (p.kind) {
      case 'TemplateLiteral':
        return escapeLiteral(p.value);
      case 'LiteralValue':
        return typeof p.value === 'string' ? escapeLiteral(p.value) : String(p.value);
      case 'Template':
        return this.template(p.parts);
      case 'TemplateWrap':
        return this.part(p.wrapped);
      case 'TemplateIf': {
        const f = p.else ? this.template(p.else.parts) : '';
        return this.directiveIf(p.condition, this.template(p.then.parts), f);
      }
      case 'Conditional':
        // hclsyntax represents `%{if}` as a ConditionalExpr, so hcl2json prints any
        // conditional inside a template, even `${a ? b : c}`, as an if directive.
        return this.directiveIf(p.condition, this.part(p.trueResult), this.part(p.falseResult));
      case 'TemplateFor':
        return (
          '%{for ' +
          (p.keyVar !== undefined ? p.keyVar + ', ' : '') +
          p.valueVar +
          ' in ' +
          this.source(p.collection) +
          '}' +
          this.template(p.body.parts) +
          '%{endfor}'
        );
      default:
        return this.wrap(p);
    }
  }
}

function escapeLiteral(s: string): string {
  return s.replace(/([$%])\{/g, (_, c: string) => c + c + '{');
}

// Nested blocks of `.tf.json` files. JSON cannot tell a nested block from an attribute
// holding an object without the provider schema, so the parser keeps such members as
// object-valued attributes (`"versioning": {"enabled": true}`). `BlockView.blocks(type)`
// also offers them as blocks, built here as Block nodes over the same expressions and
// ranges, so rules that read `blocks('versioning')` work on both syntaxes.

import type { Attribute, Block, Body, Expr, ObjectConsExpr } from '../../parse/hcl/ast.js';
import { endOffset, startOffset, type SourceFile } from '../../parse/source.js';

/** Other files whose nested blocks are JSON values too (Terraform plans). */
const jsonSyntax = new WeakSet<SourceFile>();

export function markJsonSyntax(file: SourceFile): void {
  jsonSyntax.add(file);
}

export function isTfJson(file: SourceFile): boolean {
  return file.path.endsWith('.tf.json') || jsonSyntax.has(file);
}

/**
 * Blocks of `type` written as an attribute: one per object for `"type": {...}`, or one
 * per element for `"type": [{...}, ...]` (a tuple of objects only; anything else is an
 * ordinary attribute value). A single object's block runs from the key to its `}`, like
 * the blocks the JSON parser builds; a tuple element's block is the element itself.
 */
export function jsonAttributeBlocks(body: Body, type: string, file: SourceFile): Block[] {
  const attr = body.attributes.find((a) => a.name === type);
  if (!attr) return [];
  const expr = attr.expr;
  if (expr.kind === 'ObjectCons') return [objectBlock(attr, expr, startOffset(attr.range), file)];
  if (expr.kind === 'TupleCons' && expr.items.length > 0 && expr.items.every((i) => i.kind === 'ObjectCons')) {
    return (expr.items as ObjectConsExpr[]).map((item) => objectBlock(attr, item, startOffset(item.range), file));
  }
  return [];
}

function objectBlock(attr: Attribute, obj: ObjectConsExpr, start: number, file: SourceFile): Block {
  const open = startOffset(obj.range);
  const end = endOffset(obj.range);
  return {
    kind: 'Block',
    type: attr.name,
    typeRange: attr.nameRange,
    labels: [],
    body: objectBody(obj),
    openBraceRange: file.span(open, open + 1),
    closeBraceRange: file.span(Math.max(open, end - 1), end),
    range: file.span(start, end),
  };
}

/** The object's members with literal keys, as attributes (the first of duplicate keys wins later, as in blocks). */
function objectBody(obj: ObjectConsExpr): Body {
  const attributes: Attribute[] = [];
  for (const item of obj.items) {
    const name = literalKey(item.key, item.bareKey);
    // `"//"` keys are comments in Terraform JSON bodies.
    if (name === undefined || name === '//') continue;
    attributes.push({ kind: 'Attribute', name, nameRange: item.key.range, expr: item.value, range: item.range });
  }
  return { kind: 'Body', attributes, blocks: [], range: obj.range };
}

function literalKey(key: Expr, bareKey: string | undefined): string | undefined {
  if (bareKey !== undefined) return bareKey;
  if (key.kind === 'LiteralValue' && typeof key.value === 'string') return key.value;
  return undefined;
}

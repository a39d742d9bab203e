// The HCL native-syntax tree (and the shape .tf.json is converted into). It mirrors
// HashiCorp's hclsyntax package so Terraform semantics carry over one to one.
// Every node carries its source range.

import type { Range } from '../source.js';

export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  range: Range;
}

export interface Body {
  kind: 'Body';
  attributes: Attribute[];
  blocks: Block[];
  range: Range;
}

export interface Attribute {
  kind: 'Attribute';
  name: string;
  nameRange: Range;
  expr: Expr;
  /** From the name to the end of the expression. */
  range: Range;
}

export interface BlockLabel {
  value: string;
  range: Range;
}

export interface Block {
  kind: 'Block';
  type: string;
  typeRange: Range;
  labels: BlockLabel[];
  body: Body;
  /** Range of the opening `{`. */
  openBraceRange: Range;
  /** Range of the closing `}` (empty at end of file when missing). */
  closeBraceRange: Range;
  /** From the type keyword to the closing brace, inclusive. */
  range: Range;
}

export type Expr =
  | LiteralValueExpr
  | TemplateExpr
  | TemplateWrapExpr
  | TemplateIfExpr
  | TemplateForExpr
  | TupleConsExpr
  | ObjectConsExpr
  | ScopeTraversalExpr
  | RelativeTraversalExpr
  | FunctionCallExpr
  | IndexExpr
  | SplatExpr
  | ForExpr
  | ConditionalExpr
  | UnaryOpExpr
  | BinaryOpExpr
  | ParenthesesExpr
  | AnonSymbolExpr
  | InvalidExpr;

interface ExprBase {
  range: Range;
}

/** A number, bool, null, or a string with no interpolation. */
export interface LiteralValueExpr extends ExprBase {
  kind: 'LiteralValue';
  value: string | number | boolean | null;
}

/**
 * A quoted string or heredoc with interpolations/directives. `parts` are literal
 * strings (escapes already decoded) and expressions, in order.
 */
export interface TemplateExpr extends ExprBase {
  kind: 'Template';
  parts: TemplatePart[];
  heredoc?: { marker: string; indented: boolean };
}

export type TemplatePart = TemplateLiteralPart | Expr;

export interface TemplateLiteralPart {
  kind: 'TemplateLiteral';
  value: string;
  range: Range;
}

/** `"${expr}"` alone: the value is the expression's value, not its string form. */
export interface TemplateWrapExpr extends ExprBase {
  kind: 'TemplateWrap';
  wrapped: Expr;
}

/** `%{ if cond }...%{ else }...%{ endif }` inside a template. */
export interface TemplateIfExpr extends ExprBase {
  kind: 'TemplateIf';
  condition: Expr;
  then: TemplateExpr;
  else?: TemplateExpr;
}

/** `%{ for k, v in coll }...%{ endfor }` inside a template. */
export interface TemplateForExpr extends ExprBase {
  kind: 'TemplateFor';
  keyVar?: string;
  valueVar: string;
  collection: Expr;
  body: TemplateExpr;
}

export interface TupleConsExpr extends ExprBase {
  kind: 'TupleCons';
  items: Expr[];
}

export interface ObjectConsItem {
  /** A bare identifier key is an ObjectConsKey with `name`; otherwise an expression. */
  key: Expr;
  /** Set when the key is a bare identifier (`foo = 1`), which is a literal string key. */
  bareKey?: string;
  value: Expr;
  range: Range;
}

export interface ObjectConsExpr extends ExprBase {
  kind: 'ObjectCons';
  items: ObjectConsItem[];
}

export type Traverser =
  { kind: 'Attr'; name: string; range: Range } | { kind: 'Index'; key: string | number; range: Range };

/** `var.x`, `aws_s3_bucket.b.id`, `local.a[0]`: a root name and literal steps. */
export interface ScopeTraversalExpr extends ExprBase {
  kind: 'ScopeTraversal';
  root: string;
  rootRange: Range;
  traversal: Traverser[];
}

/** Literal steps applied to an arbitrary expression: `foo()[0].bar`. */
export interface RelativeTraversalExpr extends ExprBase {
  kind: 'RelativeTraversal';
  source: Expr;
  traversal: Traverser[];
}

export interface FunctionCallExpr extends ExprBase {
  kind: 'FunctionCall';
  /** Full name including any `provider::ns::` prefix. */
  name: string;
  nameRange: Range;
  args: Expr[];
  /** The last argument is followed by `...`. */
  expandFinal: boolean;
}

/** `coll[key]` with a non-literal key. */
export interface IndexExpr extends ExprBase {
  kind: 'Index';
  collection: Expr;
  key: Expr;
}

/** `src[*].a.b` or `src.*.a.b`; `each` is evaluated relative to AnonSymbol. */
export interface SplatExpr extends ExprBase {
  kind: 'Splat';
  source: Expr;
  each: Expr;
  /** The `.*` form (attribute-only splat). */
  legacy: boolean;
}

/** Stands for the current element inside a SplatExpr's `each`. */
export interface AnonSymbolExpr extends ExprBase {
  kind: 'AnonSymbol';
}

export interface ForExpr extends ExprBase {
  kind: 'For';
  keyVar?: string;
  valueVar: string;
  collection: Expr;
  /** Set for object `for` (`{ for k, v in x : key => value }`). */
  keyExpr?: Expr;
  valueExpr: Expr;
  condition?: Expr;
  /** `...` after the value: group values by key. */
  group: boolean;
}

export interface ConditionalExpr extends ExprBase {
  kind: 'Conditional';
  condition: Expr;
  trueResult: Expr;
  falseResult: Expr;
}

export interface UnaryOpExpr extends ExprBase {
  kind: 'UnaryOp';
  op: '!' | '-';
  operand: Expr;
}

export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface BinaryOpExpr extends ExprBase {
  kind: 'BinaryOp';
  op: BinaryOperator;
  left: Expr;
  right: Expr;
}

export interface ParenthesesExpr extends ExprBase {
  kind: 'Parentheses';
  expr: Expr;
}

/** Placeholder where parsing failed; evaluates to Unknown. */
export interface InvalidExpr extends ExprBase {
  kind: 'Invalid';
}

/** Result of parsing one file. */
export interface HclFile {
  body: Body;
  diagnostics: Diagnostic[];
  /** Comments with their ranges (for suppressions). Text includes the markers. */
  comments: { text: string; range: Range }[];
}
